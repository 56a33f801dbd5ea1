<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="52"/>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="56"/>
        <source>%1: is a folder, not a manifest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="61"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="72"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="121"/>
        <source>edgeshift-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="122"/>
        <source>Run edgeshift-cli --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="133"/>
        <source>Converts IoT Edge deployment manifests written for Azure Stack Edge Pro FPGA devices to run on Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).

Commands:
  check INPUT...    list what must change; exit 0 when GPU-ready, 1 when not
  convert INPUT...  write the converted manifests
  rules             list the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="141"/>
        <source>check, convert or rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="142"/>
        <source>Deployment manifests (or createOptions) to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="142"/>
        <source>INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="144"/>
        <source>Write the converted manifest to FILE (&quot;-&quot;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="144"/>
        <location filename="../app/cli.cpp" line="151"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="145"/>
        <source>Write each converted manifest into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="145"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="146"/>
        <source>Accept these rules (comma-separated ids, or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="146"/>
        <location filename="../app/cli.cpp" line="147"/>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="147"/>
        <source>Reject these rules (comma-separated ids, or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="149"/>
        <source>Set a parameter of a rule, optionally for one module: RULE[@MODULE].PARAM=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="150"/>
        <source>ASSIGNMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="151"/>
        <source>Write a report of the conversion (.html or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="152"/>
        <source>Replace output files that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="153"/>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="153"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="154"/>
        <source>Language of messages and reports: en, ja or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="154"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="161"/>
        <source>unknown language %1; use en, ja or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="176"/>
        <source>no command given; use check, convert or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="180"/>
        <source>unknown format %1; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="185"/>
        <source>rules takes no input files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="209"/>
        <source>unknown command %1; use check, convert or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="211"/>
        <source>%1 needs at least one input file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="215"/>
        <source>--%1 is an option of convert, not of check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="219"/>
        <source>use either -o or --out-dir, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="221"/>
        <source>-o takes one input; use --out-dir for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="223"/>
        <source>--report takes one input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="226"/>
        <source>-o - writes the manifest to standard output; it cannot be combined with --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="233"/>
        <source>the report must be a .html or .md file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="252"/>
        <location filename="../app/cli.cpp" line="254"/>
        <location filename="../app/cli.cpp" line="272"/>
        <source>unknown rule id %1; edgeshift-cli rules lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="265"/>
        <source>--set %1: write RULE.PARAM=VALUE or RULE@MODULE.PARAM=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="313"/>
        <source>--set %1.%2=%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="335"/>
        <source>%1: no such folder; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="347"/>
        <source>%1: is the input; EdgeShift never writes over its input. Choose another output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="351"/>
        <source>%1: two inputs would be written to the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="356"/>
        <source>%1: is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="360"/>
        <location filename="../app/cli.cpp" line="367"/>
        <source>%1: exists already; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="428"/>
        <source>GPU-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="428"/>
        <source>not GPU-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="429"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="429"/>
        <source>%n item(s) for the operator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="436"/>
        <source>(manifest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../ui/messages.cpp" line="88"/>
        <source>The bind of the Edge share %1 to %2 becomes a volume mount of the share %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="89"/>
        <source>The bind of %1 to %2 becomes a mount of the volume %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="90"/>
        <source>The bind of the host path %1 to %2 becomes a mount of type bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="91"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. Mount %2 at %4 (the module then finds %3 one level down), or provision %3 as a share of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="92"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the directory %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="93"/>
        <source>The sources %2 all become the Kubernetes volume name %1. Rename a share or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="94"/>
        <source>Port %1 has no HostPort; add host port %2 so that the service can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="95"/>
        <source>UDP ports (%1) are mapped together with TCP ports (%2); UDP will not work. Split the module or drop one protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="96"/>
        <source>Host port %2 of %1 is used by the IoT Edge proxy on Kubernetes; use host port %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="97"/>
        <source>Port %2 on the host network is used by the IoT Edge proxy on Kubernetes; the module must not listen on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="98"/>
        <source>%1 uses the host network, which works with dnsPolicy ClusterFirstWithHostNet. Not every container (edgeHub in particular) needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="99"/>
        <source>%1 addresses %2 on container port %3; module-to-module traffic goes through its host port %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="100"/>
        <source>The module exposes %1. If only modules in the cluster use it, restrict the service to the cluster (serviceOptions type ClusterIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="101"/>
        <source>The module requests the FPGA (microsoft.com/fpga_catapult); request nvidia.com/gpu: %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="102"/>
        <source>The module binds FPGA devices; request nvidia.com/gpu: %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="103"/>
        <source>The FPGA device bindings (%1) are removed: the GPU is requested through resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="104"/>
        <source>The image %1 is built for the FPGA and will not use the GPU. Give the image of the GPU build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="105"/>
        <source>Runtime nvidia asks Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="106"/>
        <source>DeviceRequests ask Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="107"/>
        <source>WIRESERVER_ADDRESS (%1) is removed: the GPU device needs no wire server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="108"/>
        <source>No memory and CPU limits are set; setting them is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="109"/>
        <source>No memory limit is set; setting one is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="110"/>
        <source>No CPU limit is set; setting one is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="111"/>
        <source>The module shares memory (%1). Shared memory between modules needs host IPC mode (IpcMode host) on Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="112"/>
        <source>%1 uses https_proxy without no_proxy; add no_proxy=localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="113"/>
        <source>edgeHub uses a web proxy; if the proxy does not allow AMQP traffic, set UpstreamProtocol to AmqpWs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="114"/>
        <source>The module uses a hardware accelerator; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="115"/>
        <source>The module uses host ports; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="116"/>
        <source>The module uses persistent volumes; a rolling update can have unexpected effects. Use the Recreate strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="117"/>
        <source>%1 is not a valid Kubernetes name; it is renamed to %2 everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="118"/>
        <source>%1 would become %3, which another module already has; choose another name, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="119"/>
        <source>%1 cannot be renamed to %2: another module has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="120"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes. It can be removed; build what it did into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="121"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="122"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="123"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; it moves to the module&apos;s env section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="124"/>
        <source>The variable name %1 contains &apos;:&apos;; it becomes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="125"/>
        <source>While a pod is being created (a large image over a slow link), IoT Hub shows the module as Backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="126"/>
        <source>createOptions is not valid JSON (it breaks at line %1, column %2); the module is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="127"/>
        <source>createOptions is not a JSON object; the module is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="128"/>
        <source>The converted createOptions would need %1 chunks, more than 100; the module is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.cpp" line="160"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="162"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="164"/>
        <source>Compute acceleration usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="166"/>
        <source>Memory and CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="168"/>
        <source>Web proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="170"/>
        <source>Other differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="179"/>
        <source>fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="181"/>
        <source>advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="183"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="185"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="194"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="196"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="198"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="200"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="209"/>
        <source>GPU-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="211"/>
        <source>changes proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="213"/>
        <source>needs the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="235"/>
        <source>GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="237"/>
        <source>Mount type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="239"/>
        <source>Mount source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="241"/>
        <source>New module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="243"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="245"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="247"/>
        <source>Host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="249"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="259"/>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="261"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="263"/>
        <source>The number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="265"/>
        <source>Enter bind or volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="267"/>
        <source>Use a-z, 0-9 and &apos;-&apos;, start with a letter, end with a letter or digit, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="269"/>
        <source>Enter a Kubernetes quantity, such as 128Mi or 500m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="271"/>
        <source>Enter an image reference without spaces or quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="285"/>
        <source>%1: the file is empty. Open a deployment manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="287"/>
        <source>%1:%2:%3: this is not valid JSON (at %4). Correct the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="290"/>
        <source>%1:%2:%3: the number %4 is too large for JSON. Correct the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="293"/>
        <source>%1:%2:%3: the JSON is nested too deeply. This is not a deployment manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="295"/>
        <source>%1:%2:%3: the file is not UTF-8 text. Save it as UTF-8 and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="297"/>
        <source>%1:%2:%3: the file holds a NUL byte: it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="302"/>
        <source>%1: the file holds a JSON %2, not an object: it is not a deployment manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="304"/>
        <source>%1: this JSON is neither a deployment manifest (modulesContent) nor createOptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="306"/>
        <source>%1: %2 must be a JSON %3. Correct the manifest and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="316"/>
        <source>EdgeShift report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="317"/>
        <source>The manifest is GPU-ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="317"/>
        <source>The manifest is not GPU-ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="319"/>
        <source>%1, %2. %3</source>
        <extracomment>Summary of a report: %1 is &quot;N changes made&quot;, %2 &quot;N items left&quot;, %3 GPU-ready or not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="320"/>
        <source>%n change(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="320"/>
        <source>%n item(s) left for the operator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="323"/>
        <source>Changes made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="324"/>
        <source>Left for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="325"/>
        <source>Advice not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="326"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="327"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="328"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="329"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="330"/>
        <source>FPGA (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="331"/>
        <source>GPU (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="332"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../ui/messages.cpp" line="22"/>
        <source>Binds become Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="23"/>
        <source>A Kubernetes deployment cannot use binds to attach persistent storage or host paths. Each HostConfig.Binds entry becomes a HostConfig.Mounts entry: of type volume for an Edge share (its source is the name of the share provisioned on the GPU device) or a named volume, of type bind for a host path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="24"/>
        <source>Folder inside an Edge share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="25"/>
        <source>A volume mount takes a whole share, not a folder inside it. Mount the whole share at the same target (the module then finds the folder one level down), or provision the folder as a share of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="26"/>
        <source>Bind mount of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="27"/>
        <source>On IoT Edge on Kubernetes, bind mounts work for directories only, not for files. Mount the parent directory instead, or build the file into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="28"/>
        <source>Volume names collide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="29"/>
        <source>Kubernetes volume names keep only lower-case letters, digits and &apos;-&apos; of a mount&apos;s source. Two different sources of one module that give the same name make Kubernetes refuse the pod, or mount the wrong data. Rename a share or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="30"/>
        <source>Exposed port without HostPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="31"/>
        <source>To expose a service both inside and outside the cluster, a HostPort must be given. The binding is added with the container port as host port (editable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="32"/>
        <source>TCP and UDP ports in one module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="33"/>
        <source>Once a port mapping to TCP is added, UDP does not work in the same request. Split the module, or drop one protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="34"/>
        <source>Port reserved by the IoT Edge proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="35"/>
        <source>The IoT Edge proxy on the Kubernetes platform uses ports 35000 and 35001. A module on these ports causes a port conflict; the proposal is the next free host port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="36"/>
        <source>Host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="37"/>
        <source>The host network works with dnsPolicy = ClusterFirstWithHostNet, so not every container (edgeHub in particular) needs to be on the host network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="38"/>
        <source>Module addressed on its container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="39"/>
        <source>Module-to-module communication needs a HostPort and a connection through the mapped port, not the port the container exposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="40"/>
        <source>Service only inside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="41"/>
        <source>A k8s-experimental option restricts a module&apos;s service to the cluster: serviceOptions type ClusterIP. Use it when nothing outside the device needs the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="42"/>
        <source>FPGA resource becomes a GPU resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="43"/>
        <source>On the GPU device, request nvidia resources instead of catapult, through resource requests rather than device bindings: nvidia.com/gpu in k8s-experimental.resources, with the FPGA count (editable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="44"/>
        <source>FPGA device bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="45"/>
        <source>The GPU is requested through resources, not device bindings: HostConfig.Devices entries that bind the FPGA (/dev/catapult*) are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="46"/>
        <source>Image built for the FPGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="47"/>
        <source>The module&apos;s image is a build for the FPGA (Project Brainwave, the Azure ML FPGA host) and will not use the GPU. Give the GPU build of the model as the new image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="48"/>
        <source>GPU requested the Docker way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="49"/>
        <source>HostConfig.Runtime nvidia and HostConfig.DeviceRequests ask Docker for a GPU; Kubernetes ignores them, and without nvidia.com/gpu in k8s-experimental.resources the pod gets no GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="50"/>
        <source>WIRESERVER_ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="51"/>
        <source>The GPU device needs no wire server: the WIRESERVER_ADDRESS variable is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="52"/>
        <source>Memory and CPU limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="53"/>
        <source>Memory and CPU are set with limits in the module&apos;s k8s-experimental section. They are not required but generally recommended; without requests, the limits are used as the minimum required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="54"/>
        <source>Shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="55"/>
        <source>Shared memory between modules needs another approach on Kubernetes: host IPC mode (IpcMode host), as Live Video Analytics uses with an inference solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="56"/>
        <source>no_proxy for the web proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="57"/>
        <source>With a web proxy, IoT Edge on Kubernetes also needs no_proxy = localhost in the deployment of edgeHub and edgeAgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="58"/>
        <source>UpstreamProtocol for the web proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="59"/>
        <source>If the web proxy does not allow AMQP traffic, edgeHub needs UpstreamProtocol = AmqpWs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="60"/>
        <source>Deployment strategy Recreate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="61"/>
        <source>The default behaviour of IoT Edge modules is a rolling update. When a module uses resources such as a hardware accelerator or network ports, or persistent volumes, the updated module then does not start. Specify Recreate in the module&apos;s k8s-experimental section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="62"/>
        <source>Module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="63"/>
        <source>Module names must follow the Kubernetes naming conventions: a-z, 0-9 and &apos;-&apos;, starting with a letter, at most 63 characters. IoT Edge on Kubernetes silently drops every other character. The module is renamed everywhere: the modules key, routes, its twin section and other modules&apos; references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="64"/>
        <source>Create option Kubernetes does not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="65"/>
        <source>Some Docker create options that work on the FPGA device do not work in the Kubernetes environment of the GPU device, for example Entrypoint. The option can be removed; build what it did into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="66"/>
        <source>Unknown k8s-experimental option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="67"/>
        <source>IoT Edge on Kubernetes knows nodeSelector, resources, volumes, securityContext, serviceOptions and strategy in k8s-experimental. Any other key is ignored with only a warning: usually a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="68"/>
        <source>Environment value containing &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="69"/>
        <source>IoT Edge on Kubernetes splits each createOptions Env entry on every &apos;=&apos; and silently drops entries that do not split in exactly two (connection strings, SAS tokens). The variable moves to the module&apos;s env section, which is passed through whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="70"/>
        <source>Environment variable name with &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="71"/>
        <source>&apos;:&apos; in environment variable names must be replaced with &apos;__&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="72"/>
        <source>Backoff while the pod is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="73"/>
        <source>A Kubernetes pod in the ContainerCreating state shows the module in the Backoff state in IoT Hub, commonly while a large container image is pulled over a low-bandwidth connection. The module is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="74"/>
        <source>createOptions is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="75"/>
        <source>The createOptions of this module is not a JSON object. Nothing is changed in the module until it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="76"/>
        <source>createOptions too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="77"/>
        <source>createOptions is split into at most 100 chunks of 512 characters. The converted options would need more, so the module is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
