<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchConverter</name>
    <message>
        <location filename="../ui/batch.cpp" line="49"/>
        <source>%1 is a converted manifest already; open it to look at it.</source>
        <translation>%1 已是转换后的清单；如需查看，请打开它。</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="54"/>
        <source>%1 exists already and was kept.</source>
        <translation>%1 已存在，已保留该文件。</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="68"/>
        <source>%1: too large to convert with the memory this computer has free.</source>
        <translation>%1: 文件太大，此计算机的可用内存不足以转换它。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="96"/>
        <source>edgeshift-cli: %1</source>
        <translation>edgeshift-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="97"/>
        <source>Run edgeshift-cli --help for the commands and options.</source>
        <translation>运行 edgeshift-cli --help 可查看命令和选项。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="171"/>
        <source>Converts IoT Edge deployment manifests written for Azure Stack Edge Pro FPGA devices to run on Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).

Commands:
  check INPUT...    list what must change; exit 0 when GPU-ready, 1 when not
  convert INPUT...  write the converted manifests; list what is left for you
  rules             list the rules</source>
        <translation>将为 Azure Stack Edge Pro FPGA 设备编写的 IoT Edge 部署清单转换为可在 Azure Stack Edge Pro GPU 设备（Kubernetes 上的 IoT Edge）上运行的清单。

命令：
  check INPUT...    列出必须更改的内容；已适配 GPU 时退出代码为 0，否则为 1
  convert INPUT...  写入转换后的清单，并列出需人工处理的项目
  rules             列出规则</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="177"/>
        <source>check, convert or rules</source>
        <translation>check、convert 或 rules</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>Deployment manifests (or createOptions) to read.</source>
        <translation>要读取的部署清单（或 createOptions）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>INPUT...</source>
        <translation>INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="147"/>
        <source>Write the converted manifest to FILE (&quot;-&quot;: standard output).</source>
        <translation>将转换后的清单写入 FILE（&quot;-&quot;：标准输出）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="144"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="145"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="147"/>
        <location filename="../app/cli.cpp" line="160"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="149"/>
        <source>Write each converted manifest into DIR.</source>
        <translation>将每个转换后的清单写入 DIR。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="149"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="151"/>
        <source>Accept these rules (comma-separated ids, or all).</source>
        <translation>接受指定的规则（以逗号分隔的规则 ID，或 all）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="151"/>
        <location filename="../app/cli.cpp" line="153"/>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="153"/>
        <source>Reject these rules (comma-separated ids, or all).</source>
        <translation>拒绝指定的规则（以逗号分隔的规则 ID，或 all）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="155"/>
        <source>Set a parameter of a rule, optionally for one module or one finding: RULE[@MODULE[[PATH]]].PARAM=VALUE. The rule&apos;s changes (that module&apos;s, that finding) are then accepted, unless --reject names the rule.</source>
        <translation>设置规则的参数，可选择仅针对一个模块或一个发现项：RULE[@MODULE[[PATH]]].PARAM=VALUE。除非 --reject 指定了该规则，否则随后会接受该规则的更改（指定模块或发现项时为其更改）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="158"/>
        <source>ASSIGNMENT</source>
        <translation>ASSIGNMENT</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="160"/>
        <source>Write a report of the conversion (.html or .md).</source>
        <translation>写入转换报告（.html 或 .md）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="161"/>
        <source>Replace output files that exist.</source>
        <translation>替换已存在的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="165"/>
        <source>Language of messages and reports: en, ja or zh_CN.</source>
        <translation>消息和报告的语言：en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="165"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="190"/>
        <source>unknown language %1; use en, ja or zh_CN.</source>
        <translation>未知语言 %1；请使用 en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="201"/>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 被指定了多次；请只指定一次。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="342"/>
        <source>edgeshift-cli: note: --set %1 gives host port %2, which %3 proposed for module %4; %3 proposes %5 there instead.</source>
        <extracomment>%1 RULE.PARAM=VALUE, %2 the host port, %3 the rule whose proposal moves, %4 its module, %5 the new proposal</extracomment>
        <translation>edgeshift-cli: 注意：--set %1 指定了主机端口 %2，而 %3 曾为模块 %4 建议该端口；%3 改为建议 %5。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="375"/>
        <source>--set %1: write RULE.PARAM=VALUE, RULE@MODULE.PARAM=VALUE or RULE@MODULE[PATH].PARAM=VALUE.</source>
        <translation>--set %1：请按 RULE.PARAM=VALUE、RULE@MODULE.PARAM=VALUE 或 RULE@MODULE[PATH].PARAM=VALUE 格式指定。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="509"/>
        <source>--set %1 (%2, module %3): %4</source>
        <extracomment>%1 RULE.PARAM=VALUE, %2 the file, %3 the module, %4 why the value is refused</extracomment>
        <translation>--set %1（%2，模块 %3）：%4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="517"/>
        <source>edgeshift-cli: warning: --set %1 sets nothing: no input has a finding of %2 to take it.</source>
        <translation>edgeshift-cli: 警告：--set %1 未设置任何内容：没有输入包含 %2 的发现项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="672"/>
        <source>%n item(s) for you</source>
        <translation>
            <numerusform>%n 项需人工处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="771"/>
        <source>no command given; use check, convert or rules.</source>
        <translation>未指定命令；请使用 check、convert 或 rules。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="775"/>
        <source>unknown format %1; use text or json.</source>
        <translation>未知格式 %1；请使用 text 或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="210"/>
        <source>rules takes no input files.</source>
        <translation>rules 不接受输入文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="782"/>
        <source>unknown command %1; use check, convert or rules.</source>
        <translation>未知命令 %1；请使用 check、convert 或 rules。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="784"/>
        <source>%1 needs at least one input file.</source>
        <translation>%1 至少需要一个输入文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="240"/>
        <source>--%1 is an option of convert, not of check.</source>
        <translation>--%1 是 convert 的选项，不能用于 check。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="244"/>
        <source>use either -o or --out-dir, not both.</source>
        <translation>请使用 -o 或 --out-dir 之一，不能同时使用两者。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="246"/>
        <source>-o takes one input; use --out-dir for several.</source>
        <translation>-o 只接受一个输入；有多个输入时请使用 --out-dir。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="394"/>
        <source>--set %1: %2 has no parameters.</source>
        <translation>--set %1: %2 没有参数。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="395"/>
        <source>--set %1: %2 has no parameter %3; it has %4.</source>
        <translation>--set %1: %2 没有参数 %3；它的参数是 %4。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="399"/>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="433"/>
        <source>--set %1@%2.%3: no input has a module named %2.</source>
        <translation>--set %1@%2.%3: 所有输入中都没有名为 %2 的模块。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="466"/>
        <source>--set %1.%2: the value would go to %n findings, and one value cannot be theirs together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE, %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2：该值将用于 %n 个发现项，但一个值不能同时用于它们；请指定只有一个发现项的模块（RULE@MODULE.PARAM=VALUE），或在 EdgeShift 窗口中决定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="542"/>
        <source>%1: is a file, not a folder; --out-dir takes a folder.</source>
        <translation>%1: 是文件而不是文件夹；--out-dir 需要指定文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="570"/>
        <source>%1: is an input; EdgeShift never writes over its input. Choose another output.</source>
        <translation>%1: 这是输入文件；EdgeShift 从不覆盖输入文件。请选择其他输出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="648"/>
        <source>edgeshift-cli: the manifest could not be written to standard output.</source>
        <translation>edgeshift-cli: 无法将清单写入标准输出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="669"/>
        <source>not GPU-ready yet</source>
        <translation>尚未适配 GPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="670"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>已进行 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="671"/>
        <source>%n change(s) to make</source>
        <translation>
            <numerusform>需进行 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="686"/>
        <source>to change</source>
        <translation>待更改</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="248"/>
        <source>-o - writes the manifest to standard output; it cannot be combined with --format json.</source>
        <translation>-o - 会将清单写入标准输出，不能与 --format json 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="260"/>
        <source>the report must be a .html or .md file.</source>
        <translation>报告必须是 .html 或 .md 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="290"/>
        <location filename="../app/cli.cpp" line="384"/>
        <source>unknown rule id %1; edgeshift-cli rules lists them.</source>
        <translation>未知规则 ID %1；运行 edgeshift-cli rules 可列出所有规则 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="543"/>
        <source>%1: no such folder; create it first.</source>
        <translation>%1: 文件夹不存在；请先创建该文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="574"/>
        <source>%1: two inputs would be written to the same file.</source>
        <translation>%1: 两个输入将被写入同一个文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="559"/>
        <source>%1: is a folder; give a file name.</source>
        <translation>%1: 这是文件夹；请指定文件名。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="364"/>
        <source>--set %1: write RULE@MODULE[PATH].PARAM=VALUE, with the finding&apos;s path as check --format json prints it.</source>
        <translation>--set %1：请写成 RULE@MODULE[PATH].PARAM=VALUE，PATH 为 check --format json 输出的发现项路径。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="457"/>
        <source>edgeshift-cli: warning: --set %1.%2 gives %n mounts the same source (to give one mount its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).</source>
        <extracomment>%1 RULE or RULE@MODULE, %2 PARAM=VALUE, %n how many mounts take it</extracomment>
        <translation>
            <numerusform>edgeshift-cli: 警告：--set %1.%2 会为 %n 个装载指定相同的源（若要只为一个装载指定，请给出其路径：RULE@MODULE[PATH].PARAM=VALUE）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="474"/>
        <source>--set %1.%2: module %3 has %n findings of the rule, and one value cannot be theirs together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check --format json prints it), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE, %2 the parameter, %3 the module, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2：模块 %3 有 %n 个该规则的发现项，一个值不能同时用于它们；请用路径指定其中一项（RULE@MODULE[PATH].PARAM=VALUE，路径为 check --format json 输出的路径），或在 EdgeShift 窗口中决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="482"/>
        <source>--set %1.%2: %n findings have that path, and one value cannot be theirs together; give each its own in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE[PATH], %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2：有 %n 个发现项位于该路径，一个值不能同时用于它们；请在 EdgeShift 窗口中为每一项分别指定值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="561"/>
        <source>%1: exists already; use --force to replace it.</source>
        <translation>%1: 已存在；若要替换，请使用 --force。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="582"/>
        <source>%1: is an input; EdgeShift never writes over its input. Choose another report file.</source>
        <translation>%1: 这是输入文件；EdgeShift 从不覆盖输入文件。请选择其他报告文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="585"/>
        <source>%1: is also where a converted manifest goes. Choose another report file.</source>
        <translation>%1: 这也是转换后清单的输出位置。请选择其他报告文件。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="665"/>
        <source>%1: %2 — %3, %4</source>
        <extracomment>%1 file, %2 GPU-ready or not, %3 &quot;N changes made&quot; (convert) or &quot;N changes to make&quot; (check), %4 &quot;N items for you&quot;</extracomment>
        <translation>%1: %2 — %3，%4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="667"/>
        <source>GPU-ready</source>
        <translation>已适配 GPU</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="668"/>
        <source>not GPU-ready</source>
        <translation>尚未适配 GPU</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="679"/>
        <source>(manifest)</source>
        <translation>（清单）</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="683"/>
        <source>[%1, %2] %3: %4</source>
        <extracomment>One finding: %1 kind, %2 state, %3 rule id, %4 the finding&apos;s sentence</extracomment>
        <translation>[%1，%2] %3: %4</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="58"/>
        <source>Unsaved Decisions</source>
        <translation>未保存的决定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="59"/>
        <source>Save the GPU manifest converted from %1 before closing it?</source>
        <translation>是否在关闭之前保存从 %1 转换的 GPU 清单？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="60"/>
        <source>Your decisions are lost if you do not save them.</source>
        <translation>如果不保存，你的决定将会丢失。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="77"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="80"/>
        <source>Files Exist</source>
        <translation>文件已存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="81"/>
        <source>%n converted file(s) exist already. Replace them?</source>
        <translation>
            <numerusform>已存在 %n 个转换后的文件。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="87"/>
        <source>Replace File?</source>
        <translation>是否替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="88"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="95"/>
        <source>Replace the FPGA Manifest?</source>
        <translation>是否替换 FPGA 清单？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="96"/>
        <source>%1 is the manifest you opened. Replace it with the GPU manifest?</source>
        <translation>%1 是你打开的清单。是否将其替换为 GPU 清单？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="98"/>
        <source>The FPGA version is lost unless you have a copy.</source>
        <translation>如果没有副本，FPGA 版本将会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="105"/>
        <source>Invalid Hand Edit</source>
        <translation>无效的手动编辑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="106"/>
        <source>The GPU side of module %1 holds invalid JSON, which cannot be kept. Discard your edit, or go back and correct it?</source>
        <translation>模块 %1 的 GPU 侧包含无效的 JSON，无法保留。要放弃编辑，还是返回进行更正？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="110"/>
        <source>Discard Edit</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="111"/>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="140"/>
        <source>Open Deployment Manifest</source>
        <translation>打开部署清单</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="141"/>
        <source>Deployment manifests (*.json);;All files (*)</source>
        <translation>部署清单 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EdgeShift::BatchSummaryDialog</name>
    <message>
        <location filename="../ui/batch.cpp" line="89"/>
        <source>Batch Conversion</source>
        <translation>批量转换</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="94"/>
        <source>Canceled: %1 of %n file(s) converted.</source>
        <translation>
            <numerusform>已取消：已转换 %n 个文件中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="95"/>
        <source>%1 of %n file(s) converted, each beside its source as &lt;name&gt;.gpu.json.</source>
        <translation>
            <numerusform>已转换 %n 个文件中的 %1 个，每个文件均以 &lt;name&gt;.gpu.json 的形式保存在其源文件旁边。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Changes made</source>
        <translation>已进行的更改</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Left for you</source>
        <translation>待人工处理的项</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="116"/>
        <source>Converted, GPU-ready</source>
        <translation>已转换，已适配 GPU</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="116"/>
        <source>Converted, needs you</source>
        <translation>已转换，需人工处理</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="119"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="122"/>
        <source>Not converted</source>
        <translation>未转换</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="125"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="142"/>
        <source>Open in Window</source>
        <translation>在窗口中打开</translation>
    </message>
</context>
<context>
    <name>EdgeShift::DiffView</name>
    <message>
        <location filename="../ui/diffview.cpp" line="230"/>
        <source>FPGA (original)</source>
        <translation>FPGA（原始）</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="231"/>
        <source>GPU (result)</source>
        <translation>GPU（转换结果）</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="243"/>
        <source>Select a module to see its createOptions.</source>
        <translation>选择模块以查看其 createOptions。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="262"/>
        <source>GPU (result): %1</source>
        <translation>GPU（转换结果）：%1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="263"/>
        <source>FPGA (original): %1</source>
        <translation>FPGA（原始）：%1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="319"/>
        <source>FPGA (original): route %1</source>
        <extracomment>%1 a route&apos;s name</extracomment>
        <translation>FPGA（原始）：路由 %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="321"/>
        <source>GPU (result): route %1</source>
        <extracomment>%1 a route&apos;s name</extracomment>
        <translation>GPU（转换结果）：路由 %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="329"/>
        <source>The route stays as it is.</source>
        <translation>此路由保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="330"/>
        <source>The route follows the modules renamed; it is not edited here.</source>
        <translation>此路由随重命名的模块而变化；无法在此处编辑。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="451"/>
        <source>The GPU side is edited by hand; the rules no longer change this module&apos;s createOptions.</source>
        <translation>GPU 侧已手动编辑；规则不再更改此模块的 createOptions。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="452"/>
        <source>You can edit the GPU side by hand.</source>
        <translation>你可以手动编辑 GPU 侧。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="453"/>
        <source>Revert Hand Edit</source>
        <translation>还原手动编辑</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="273"/>
        <source>The rest of the module (env, image, …) changes too:</source>
        <translation>模块的其余部分（env、映像等）也会更改：</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="384"/>
        <source>The GPU side must be a JSON object.</source>
        <translation>GPU 侧必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="388"/>
        <source>A hidden secret (%1) was changed or moved, so it cannot be put back. Restore it as it was, or change the secret in the file itself.</source>
        <translation>隐藏的机密（%1）已被更改或移动，因此无法还原。请将其恢复原样，或直接在文件中更改该机密。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="431"/>
        <source>Discard Edit</source>
        <translation>放弃编辑</translation>
    </message>
</context>
<context>
    <name>EdgeShift::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="139"/>
        <source>Accept &quot;%1&quot;</source>
        <translation>接受“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="139"/>
        <source>Reject &quot;%1&quot;</source>
        <translation>拒绝“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="141"/>
        <source>Accept &quot;%1&quot; in %2</source>
        <extracomment>%1 a rule&apos;s title, %2 the module</extracomment>
        <translation>在 %2 中接受“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="141"/>
        <source>Reject &quot;%1&quot; in %2</source>
        <translation>在 %2 中拒绝“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="151"/>
        <source>Accept &quot;%1&quot; everywhere</source>
        <translation>在所有位置接受“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="151"/>
        <source>Reject &quot;%1&quot; everywhere</source>
        <translation>在所有位置拒绝“%1”</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="190"/>
        <source>Set %1 to %2 in %3</source>
        <extracomment>%1 a parameter&apos;s label (&quot;GPU count&quot;), %2 its value, %3 the module</extracomment>
        <translation>在 %3 中将“%1”设置为 %2</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="204"/>
        <source>Edit %1 by hand</source>
        <translation>手动编辑 %1</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="216"/>
        <source>Revert the hand edit of %1</source>
        <translation>还原 %1 的手动编辑</translation>
    </message>
</context>
<context>
    <name>EdgeShift::FindingDetails</name>
    <message>
        <location filename="../ui/findingdetails.cpp" line="117"/>
        <source>Select a finding to see what it changes and why.</source>
        <translation>选择发现项以查看其更改内容和原因。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="126"/>
        <source>%1 (%2, %3)</source>
        <extracomment>the finding&apos;s title: %1 the rule&apos;s title, %2 its id, %3 its kind (&quot;fix&quot;)</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="131"/>
        <source>From the article, section &quot;%1&quot;.</source>
        <extracomment>%1 is a section of the Microsoft article EdgeShift implements</extracomment>
        <translation>出处：文章的“%1”部分。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="133"/>
        <source>EdgeShift&apos;s own check: the article does not cover it.</source>
        <translation>这是 EdgeShift 自己的检查，文章中未涉及。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="165"/>
        <source>bind (a host path on the node)</source>
        <translation>bind（节点上的主机路径）</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="166"/>
        <source>volume (a share or persistent volume)</source>
        <translation>volume（共享或永久性卷）</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="176"/>
        <source>registry/repository:tag</source>
        <translation>注册表/存储库:标记</translation>
    </message>
</context>
<context>
    <name>EdgeShift::FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="106"/>
        <source>Accept or reject this change</source>
        <translation>接受或拒绝此更改</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="107"/>
        <source>Nothing to accept: this is for you to read or to do</source>
        <translation>无需接受：此项需要你阅读或处理</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="167"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="171"/>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="173"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EdgeShift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>About EdgeShift</source>
        <translation>关于 EdgeShift</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>&lt;h3&gt;EdgeShift %1&lt;/h3&gt;&lt;p&gt;Moves IoT Edge modules from Azure Stack Edge Pro FPGA devices (IoT Edge on Docker) to Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).&lt;/p&gt;&lt;p&gt;It implements the Microsoft article &lt;i&gt;Run existing IoT Edge modules from Azure Stack Edge Pro FPGA devices on Azure Stack Edge Pro GPU device&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Languages: English, 日本語, 简体中文.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdgeShift %1&lt;/h3&gt;&lt;p&gt;将 IoT Edge 模块从 Azure Stack Edge Pro FPGA 设备（Docker 上的 IoT Edge）迁移到 Azure Stack Edge Pro GPU 设备（Kubernetes 上的 IoT Edge）。&lt;/p&gt;&lt;p&gt;实现了 Microsoft 文章“&lt;i&gt;在 Azure Stack Edge Pro GPU 设备上运行 Azure Stack Edge Pro FPGA 设备中的现有 IoT Edge 模块&lt;/i&gt;”中的内容。&lt;/p&gt;&lt;p&gt;语言：English、日本語、简体中文&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Undo %1</source>
        <translation>撤消 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>Open &amp;Recent</source>
        <translation>最近使用的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Save GPU Manifest As…</source>
        <translation>GPU 清单另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Only Modules &amp;Needing Attention</source>
        <translation>仅显示需人工处理的模块(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>&amp;About EdgeShift</source>
        <translation>关于 EdgeShift(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Only modules needing attention</source>
        <translation>仅显示需人工处理的模块</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&lt;h2&gt;EdgeShift&lt;/h2&gt;&lt;p&gt;Drop a deployment manifest written for an Azure Stack Edge Pro FPGA device here, or open one with File → Open.&lt;/p&gt;&lt;p&gt;Drop several files at once to convert them all with the rules&apos; defaults.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EdgeShift&lt;/h2&gt;&lt;p&gt;将为 Azure Stack Edge Pro FPGA 设备编写的部署清单拖放到此处，或通过“文件”→“打开”打开清单。&lt;/p&gt;&lt;p&gt;一次拖放多个文件，即可使用规则的默认设置将它们全部转换。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;%1 %2</source>
        <extracomment>a recent file in File → Open Recent: %1 its number (the key that opens it), %2 its path</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>%1[*] — EdgeShift</source>
        <translation>%1[*] — EdgeShift</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>EdgeShift</source>
        <translation>EdgeShift</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <source>Correct or discard the hand edit of the GPU side first: it is not valid JSON.</source>
        <translation>请先更正或放弃 GPU 侧的手动编辑：它不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Applying the decisions…</source>
        <translation>正在应用所做的决定…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>Status bar: %1 accepted changes made in the GPU side, %2 rejected, %3 open items, %4 GPU-ready or not</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>已拒绝 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>%n accepted change(s)</source>
        <translation>
            <numerusform>已接受的更改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>%n open for you</source>
        <translation>
            <numerusform>%n 项需人工处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>GPU-ready</source>
        <translation>已适配 GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>not GPU-ready yet</source>
        <translation>尚未适配 GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Still opening %1: open the next file once it is open.</source>
        <extracomment>%1 is the file being opened</extracomment>
        <translation>仍在打开 %1：请在其打开后再打开下一个文件。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>Cannot Open the Manifest</source>
        <translation>无法打开清单</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>The GPU side holds invalid JSON. Correct it or discard the edit, then save.</source>
        <translation>GPU 侧包含无效的 JSON。请更正 JSON 或放弃编辑，然后再保存。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Save GPU Manifest</source>
        <translation>保存 GPU 清单</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Deployment manifests (*.json)</source>
        <translation>部署清单 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>Cannot Save the GPU Manifest</source>
        <translation>无法保存 GPU 清单</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>%1
The previous file, if any, is unchanged.</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>%1
原有文件（如果有）未被更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <source>Cannot Export the Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Nothing to Open</source>
        <translation>没有可打开的文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Only files on this computer can be dropped here.</source>
        <translation>只能将此计算机上的文件拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Converting %n file(s)…</source>
        <translation>
            <numerusform>正在转换 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EdgeShift::ManifestTreeModel</name>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="192"/>
        <source>System modules</source>
        <translation>系统模块</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="194"/>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="196"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="198"/>
        <source>Module twins</source>
        <translation>模块孪生</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="220"/>
        <source>%1 → %2</source>
        <extracomment>A renamed module: old name → new name</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/manifesttreemodel.cpp" line="227"/>
        <source>%1: %2, %n finding(s)</source>
        <translation>
            <numerusform>%1: %2，%n 个发现项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="241"/>
        <source>%1: %2</source>
        <extracomment>A route in the manifest tree: %1 its name, %2 the route itself</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="256"/>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="258"/>
        <source>Findings</source>
        <extracomment>Column of the manifest tree: how many findings a module has</extracomment>
        <translation>发现项</translation>
    </message>
</context>
<context>
    <name>EdgeShift::RulesModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="303"/>
        <source>Everywhere</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="305"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="307"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="309"/>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <location filename="../ui/fileio.cpp" line="24"/>
        <source>%1: no such file.</source>
        <translation>%1: 文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="28"/>
        <source>%1: is a folder, not a manifest file.</source>
        <translation>%1: 这是文件夹，而不是清单文件。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="33"/>
        <location filename="../ui/fileio.cpp" line="51"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="67"/>
        <source>%1: too large to open with the memory this computer has free.</source>
        <translation>%1: 文件太大，此计算机的可用内存不足以打开它。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="69"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="240"/>
        <location filename="../ui/fileio.cpp" line="256"/>
        <location filename="../ui/fileio.cpp" line="292"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="253"/>
        <source>%1: the folder %2 does not exist; create it first, or choose another.</source>
        <translation>%1: 文件夹 %2 不存在；请先创建它，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="161"/>
        <source>%1: can no longer be read, to be copied unchanged: %2</source>
        <translation>%1: 无法再次读取，因此无法原样复制：%2</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../ui/messages.cpp" line="164"/>
        <source>The bind of the Edge share %1 to %2 becomes a volume mount of the share %3.</source>
        <translation>Edge 共享 %1 到 %2 的绑定将变为共享 %3 的卷装载。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="165"/>
        <source>The bind of %1 to %2 becomes a mount of the volume %3.</source>
        <translation>%1 到 %2 的绑定将变为卷 %3 的装载。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="167"/>
        <source>The bind of the host path %1 to %2 becomes a mount of type bind.</source>
        <translation>主机路径 %1 到 %2 的绑定将变为类型为 bind 的装载。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="169"/>
        <source>The bind of %1 (a placeholder the deployment fills in) to %2 becomes a mount of type bind; the placeholder is kept.</source>
        <translation>%1（部署时填入的占位符）到 %2 的绑定将变为类型为 bind 的装载；占位符保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="173"/>
        <source>The bind of %1 to %2 becomes a mount of type bind of the host path %3.</source>
        <translation>%1 到 %2 的绑定将变为类型为 bind、主机路径为 %3 的装载。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="189"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. Mount %2 at %4 (the module then finds %3 one level down), or provision %3 as a share of its own.</source>
        <translation>%1 是 Edge 共享 %2 中的文件夹，但卷装载只能装载整个共享。请将 %2 装载到 %4（模块随后会在下一级找到 %3），或将 %3 预配为单独的共享。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="201"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and another folder is mounted at %2&apos;s folder too (Kubernetes refuses two mounts at one path): bind the files there from one folder, or build what they provide into the image.</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录，而 %2 所在的文件夹还装载了另一个文件夹（Kubernetes 不允许在一个路径上有两个装载）：请从同一个文件夹绑定这些文件，或将其内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="197"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the directory %3 at %4 (what the image keeps in %4 is hidden then).</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录。建议：将目录 %3 装载到 %4（这样映像在 %4 中保存的内容将被遮住）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="175"/>
        <source>The bind mount of the Edge share %1 at %2 becomes a volume mount of the share %3: the GPU device has no %1.</source>
        <translation>位于 %2 的 Edge 共享 %1 的绑定装载将变为共享 %3 的卷装载：GPU 设备上没有 %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="179"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share, and %2 is mounted at %5 already (as written or as proposed): Kubernetes refuses a second volume of one name. Reach %3 through that mount (at %5/%3), or provision %3 as a share of its own.</source>
        <translation>%1 是 Edge 共享 %2 中的文件夹，但卷装载只能装载整个共享，而 %2 已装载到 %5（按原写法或按建议）：Kubernetes 会拒绝第二个同名的卷。请通过该装载访问 %3（位于 %5/%3），或将 %3 预配为单独的共享。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="184"/>
        <source>%1 is the folder where the FPGA device mounts all its Edge shares; the GPU device has none, and a volume mount takes one share. Mount each share the module uses as a volume of its own, at %4/&lt;share&gt; if that is where the module looks.</source>
        <translation>%1 是 FPGA 设备装载其所有 Edge 共享的文件夹；GPU 设备上没有此文件夹，而卷装载只能装载一个共享。请将模块使用的每个共享分别装载为单独的卷（如果模块在 %4/&lt;共享&gt; 中查找，请装载到该位置）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="193"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. The share %5 is mounted at %4 instead: provision it on the GPU device with what %3 holds.</source>
        <translation>%1 是 Edge 共享 %2 中的文件夹，但卷装载只能装载整个共享。改为将共享 %5 装载到 %4：请在 GPU 设备上预配 %5，并存入 %3 中的内容。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="206"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds it, at %4 would make a second volume named %6, which is mounted at %5 too (as written or as proposed): Kubernetes refuses two volumes of one name. Reach the file through the mount at %5, or build what it provides into the image.</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录，而将包含该文件的 %3 装载到 %4 会产生第二个名为 %6 的卷，该卷也装载在 %5（按原样或按建议）：Kubernetes 会拒绝两个同名的卷。请通过 %5 处的装载访问该文件，或将该文件提供的内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="212"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds it, at %4 would make a volume named %6, the name of the volume mounted at %5 too: Kubernetes refuses two volumes of one name. Rename a folder or a share, or build what the file provides into the image.</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录，而将包含该文件的 %3 装载到 %4 会产生名为 %6 的卷，与装载在 %5 的卷同名：Kubernetes 会拒绝两个同名的卷。请重命名文件夹或共享，或将该文件提供的内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="217"/>
        <source>%1 → %2 binds a file under another name; on Kubernetes bind mounts work for directories only, and the folder %3 mounted at %4 would show the file under its own name. Keep it in a folder under the name the module reads, and mount that folder, or build what it provides into the image.</source>
        <translation>%1 → %2 以另一个名称绑定文件；在 Kubernetes 上，绑定装载仅适用于目录，而将文件夹 %3 装载到 %4 后，该文件将以其自身的名称显示。请将该文件以模块读取的名称放在一个文件夹中并装载该文件夹，或将该文件提供的内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="222"/>
        <source>%1 → %2 binds the node&apos;s time zone file; on Kubernetes bind mounts work for directories only, and mounting the folder %4 instead would hide the container&apos;s own %4. Proposal: drop the mount, and give the module its time zone in the TZ environment variable (TZ=Asia/Tokyo, say) if it needs one.</source>
        <translation>%1 → %2 绑定的是节点的时区文件；在 Kubernetes 上，绑定装载仅适用于目录，而改为装载文件夹 %4 会遮住容器自身的 %4。建议：删除此装载；如果模块需要时区，请通过环境变量 TZ 指定（例如 TZ=Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="227"/>
        <source>%1 → %2 binds a socket of the node; on Kubernetes bind mounts work for directories only, and no folder can bring it. Proposal: drop the mount (a module that talks to a service of the node through it, such as Docker, must do without it on the GPU device).</source>
        <translation>%1 → %2 绑定的是节点的套接字；在 Kubernetes 上，绑定装载仅适用于目录，而文件夹无法提供套接字。建议：删除此装载（通过它与 Docker 等节点服务通信的模块，在 GPU 设备上必须在没有它的情况下工作）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="232"/>
        <source>%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only. The module is privileged (Privileged, which Kubernetes keeps), and so sees the node&apos;s devices in its /dev without the mount. Proposal: drop the mount; the module finds the device at %1.</source>
        <translation>%1 → %2 绑定的是节点的设备；在 Kubernetes 上，绑定装载仅适用于目录。该模块以特权模式运行（Kubernetes 会沿用 Privileged），因此即使没有此装载，也能在自身的 /dev 中看到节点的设备。建议：删除此装载；模块可在 %1 找到该设备。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="237"/>
        <source>%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only, and only a privileged module can use the node&apos;s devices (HostConfig.Privileged true, which Kubernetes keeps): it then sees them all in its /dev, this one at %1. Proposal: drop the mount, and make the module privileged if it uses the device.</source>
        <translation>%1 → %2 绑定的是节点的设备；在 Kubernetes 上，绑定装载仅适用于目录，而且只有以特权模式运行的模块才能使用节点的设备（Kubernetes 会沿用 HostConfig.Privileged true）：这样的模块能在自身的 /dev 中看到所有设备，此设备位于 %1。建议：删除此装载；如果模块使用该设备，请让它以特权模式运行。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="243"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the Edge share %3 as a volume at %4 (what the image keeps in %4 is hidden then).</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录。建议：将 Edge 共享 %3 作为卷装载到 %4（这样映像在 %4 中保存的内容将被遮住）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="247"/>
        <source>%1 → %2 binds a file in the folder %4 of the Edge share %3; on Kubernetes bind mounts work for directories only, and a volume mount takes a whole share. Provision %4 as a share of its own and mount it, or build what the file provides into the image.</source>
        <translation>%1 → %2 绑定的是 Edge 共享 %3 的文件夹 %4 中的文件；在 Kubernetes 上，绑定装载仅适用于目录，而卷装载只能装载整个共享。请将 %4 预配为单独的共享并装载它，或将文件的内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="252"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and %1 is in no folder of its own on the node: move it into one and mount that, or build what it provides into the image.</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录，而 %1 在节点上不位于单独的文件夹中：请将其移到一个文件夹并装载该文件夹，或将其内容构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="256"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting the folder %4 instead would hide the container&apos;s own %4. Proposal: drop the mount (if the module needs what the file provides, build it into the image).</source>
        <translation>%1 → %2 绑定的是文件；在 Kubernetes 上，绑定装载仅适用于目录，而改为装载文件夹 %4 会遮住容器自身的 %4。建议：删除此装载（如果模块需要该文件提供的内容，请将其构建到映像中）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="261"/>
        <source>The sources %2 become one Kubernetes volume name, %1. Rename a share or a folder.</source>
        <translation>源 %2 会变为同一个 Kubernetes 卷名称 %1。请重命名共享或文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="264"/>
        <source>%2 is mounted more than once (at %3): each mount becomes a Kubernetes volume named %1, and Kubernetes refuses two volumes of one name. Mount it once, and reach the other paths from there.</source>
        <translation>%2 被装载了多次（位于 %3）：每次装载都会成为名为 %1 的 Kubernetes 卷，而 Kubernetes 会拒绝两个同名的卷。请只装载一次，并从那里访问其他路径。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="268"/>
        <source>As the changes are decided, the sources %2 (mounted at %3) become one Kubernetes volume name, %1, and Kubernetes refuses two volumes of one name. Give a mount another source, or reject a change that makes one of them.</source>
        <translation>按更改的决定，源 %2（装载于 %3）会变为同一个 Kubernetes 卷名称 %1，而 Kubernetes 会拒绝两个同名的卷。请为其中一个装载指定其他源，或拒绝生成这些装载的某个更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="273"/>
        <source>As the changes are decided, %2 is mounted more than once (at %3): each mount becomes a Kubernetes volume named %1, and Kubernetes refuses two volumes of one name. Give a mount another source, or reject a change that makes one of them.</source>
        <translation>按更改的决定，%2 会被装载多次（位于 %3）：每次装载都会成为名为 %1 的 Kubernetes 卷，而 Kubernetes 会拒绝两个同名的卷。请为其中一个装载指定其他源，或拒绝生成这些装载的某个更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="278"/>
        <source>Port %1 has no HostPort; add host port %2 so that the service can be reached.</source>
        <translation>端口 %1 没有 HostPort；请添加主机端口 %2，以便可以访问该服务。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="280"/>
        <source>Port %1 has no HostPort; add one so that the service can be reached. Port %3 is used by the IoT Edge proxy on Kubernetes, so host port %2 is proposed.</source>
        <translation>端口 %1 没有 HostPort；请添加一个，以便可以访问该服务。端口 %3 由 Kubernetes 上的 IoT Edge 代理使用，因此建议使用主机端口 %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="284"/>
        <source>Port %1 has no HostPort; add one so that the service can be reached. Another port of the module has host port %3 already (the module&apos;s Kubernetes service takes each port once), so host port %2 is proposed.</source>
        <translation>端口 %1 没有 HostPort；请添加一个，以便可以访问该服务。该模块的另一个端口已使用主机端口 %3（模块的 Kubernetes 服务中每个端口只能使用一次），因此建议使用主机端口 %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="289"/>
        <source>UDP ports (%1) are mapped together with TCP ports (%2); UDP will not work. Split the module or drop one protocol.</source>
        <translation>UDP 端口（%1）与 TCP 端口（%2）一起映射；UDP 将不起作用。请拆分模块，或删除其中一种协议。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="293"/>
        <source>Host port %2 of %1 is used by the IoT Edge proxy on Kubernetes; use host port %3 instead.</source>
        <translation>%1 的主机端口 %2 由 Kubernetes 上的 IoT Edge 代理使用；请改用主机端口 %3。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="296"/>
        <source>Port %2 on the host network is used by the IoT Edge proxy on Kubernetes; the module must not listen on it.</source>
        <translation>主机网络上的端口 %2 由 Kubernetes 上的 IoT Edge 代理使用；模块不得在此端口上侦听。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="300"/>
        <source>%1 uses the host network, which works with dnsPolicy = ClusterFirstWithHostNet. Not every container (edgeHub in particular) needs it.</source>
        <translation>%1 使用主机网络，主机网络适用于 dnsPolicy = ClusterFirstWithHostNet。并非所有容器（尤其是 edgeHub）都需要主机网络。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="304"/>
        <source>%1 addresses %2 on container port %3; module-to-module traffic must use the host port %4 that %2 maps it to.</source>
        <translation>%1 通过容器端口 %3 访问 %2；模块间通信必须使用 %2 将该端口映射到的主机端口 %4。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="308"/>
        <source>%1 addresses %2 on port %3, which, as the other changes are decided, is also the host port %2 has for it: nothing to change.</source>
        <translation>%1 通过端口 %3 访问 %2；按其他更改的决定，该端口也是 %2 的主机端口：无需更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="312"/>
        <source>%1 addresses %2 on port %3, which is also the host port %2 gets for it (expose-hostport); should you give it another host port, module-to-module traffic must use that one.</source>
        <translation>%1 通过端口 %3 访问 %2，该端口也是 %2 获得的主机端口（expose-hostport）；如果你为其指定其他主机端口，模块间通信就必须使用该端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="316"/>
        <source>%1 addresses %2 on port %3, which the IoT Edge proxy reserves; once %2 maps it to host port %4 (reserved-ports), module-to-module traffic must use that port.</source>
        <translation>%1 通过端口 %3 访问 %2，但该端口由 IoT Edge 代理保留；一旦 %2 将其映射到主机端口 %4（reserved-ports），模块间通信就必须使用该端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="320"/>
        <source>The module exposes %1. If only modules in the cluster use it, restrict the service to the cluster (serviceOptions type ClusterIP).</source>
        <translation>该模块公开了 %1。如果只有群集内的模块使用它，请将服务公开范围仅限于群集（serviceOptions type ClusterIP）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="324"/>
        <source>The module binds %2 to the loopback address, where on Docker no other machine reaches it. IoT Edge on Kubernetes drops HostIp and makes a Service of the port that can be reached from outside the device: to keep it for modules in the cluster, restrict the service to the cluster (serviceOptions type ClusterIP).</source>
        <translation>该模块将 %2 绑定到环回地址，在 Docker 上其他计算机无法访问它。Kubernetes 上的 IoT Edge 会忽略 HostIp，并将此端口变成可从设备外部访问的 Service：若要只供群集内的模块使用，请将服务公开范围仅限于群集（serviceOptions type ClusterIP）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="330"/>
        <source>edgeHub exposes %1 for the devices that connect to it. Restricting its service to the cluster (serviceOptions type ClusterIP) cuts off those outside the cluster, such as a gateway&apos;s downstream devices: do it only when none connect from outside.</source>
        <translation>edgeHub 为连接到它的设备公开了 %1。将服务公开范围仅限于群集（serviceOptions type ClusterIP）会使群集外的设备（例如网关的下游设备）无法连接：仅当没有设备从外部连接时才这样做。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="335"/>
        <source>The module requests the FPGA (microsoft.com/fpga_catapult); request nvidia.com/gpu: %1 instead.</source>
        <translation>该模块请求 FPGA（microsoft.com/fpga_catapult）；请改为请求 nvidia.com/gpu: %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="338"/>
        <source>The module binds FPGA devices; request nvidia.com/gpu: %1 instead.</source>
        <translation>该模块绑定了 FPGA 设备；请改为请求 nvidia.com/gpu: %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="340"/>
        <source>The FPGA device bindings (%1) are removed: the GPU is requested through resources.</source>
        <translation>FPGA 设备绑定（%1）将被删除：GPU 通过资源进行请求。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="343"/>
        <source>The image %1 is built for the FPGA and will not use the GPU. Give the image of the GPU build.</source>
        <translation>映像 %1 是为 FPGA 构建的，不会使用 GPU。请指定为 GPU 构建的映像。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="346"/>
        <source>The image %1 is built for the FPGA and will not use the GPU. GPU build given: %2.</source>
        <translation>映像 %1 是为 FPGA 构建的，不会使用 GPU。已指定的 GPU 构建映像：%2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="349"/>
        <source>The module asks for the FPGA, so its image %1 is most likely built for it and will not use the GPU. Give the image of the GPU build (the same one, if it runs on a GPU too).</source>
        <translation>该模块请求 FPGA，因此其映像 %1 很可能是为 FPGA 构建的，不会使用 GPU。请指定 GPU 构建的映像（如果它也能在 GPU 上运行，则指定同一映像）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="353"/>
        <source>The module asked for the FPGA with the image %1. GPU build given: %2.</source>
        <translation>该模块曾使用映像 %1 请求 FPGA。已指定的 GPU 构建映像：%2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="355"/>
        <source>Runtime nvidia asks Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation>Runtime nvidia 用于向 Docker 请求 GPU，但 Kubernetes 会忽略它；请改为请求 nvidia.com/gpu: %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="358"/>
        <source>Docker&apos;s GPU request (%2) is removed: Kubernetes ignores it, and the GPU count comes from the module&apos;s FPGA request (fpga-to-gpu).</source>
        <translation>向 Docker 请求 GPU 的设置（%2）将被删除：Kubernetes 会忽略它，GPU 数量由模块的 FPGA 请求（fpga-to-gpu）决定。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="362"/>
        <source>Docker&apos;s GPU request (%2) is removed: Kubernetes ignores it, and the module asks Kubernetes for nvidia.com/gpu already.</source>
        <translation>向 Docker 请求 GPU 的设置（%2）将被删除：Kubernetes 会忽略它，且模块已向 Kubernetes 请求 nvidia.com/gpu。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="366"/>
        <source>Runtime nvidia and DeviceRequests ask Docker for a GPU, which Kubernetes ignores; both are removed, and nvidia.com/gpu: %1 is requested instead.</source>
        <translation>Runtime nvidia 和 DeviceRequests 用于向 Docker 请求 GPU，但 Kubernetes 会忽略它们；两者都将被删除，并改为请求 nvidia.com/gpu: %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="370"/>
        <source>DeviceRequests ask Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation>DeviceRequests 用于向 Docker 请求 GPU，但 Kubernetes 会忽略它；请改为请求 nvidia.com/gpu: %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="373"/>
        <source>WIRESERVER_ADDRESS (%1) is removed: the GPU device needs no wire server.</source>
        <translation>WIRESERVER_ADDRESS（%1）将被删除：GPU 设备不需要指定 wireserver。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="375"/>
        <source>WIRESERVER_ADDRESS is removed: the GPU device needs no wire server.</source>
        <translation>WIRESERVER_ADDRESS 将被删除：GPU 设备不需要指定 wireserver。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="377"/>
        <source>No memory and CPU limits are set; setting them is recommended: memory %1, CPU %2.</source>
        <translation>未设置内存和 CPU 限制；建议设置这些限制：内存 %1，CPU %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="380"/>
        <source>No memory and CPU limits are set; setting them is recommended. Memory %1 and CPU %2 are the article&apos;s example: a module that runs a model on the GPU likely needs more memory, and one above its limit is stopped. Give values for this module.</source>
        <translation>未设置内存和 CPU 限制；建议进行设置。内存 %1 和 CPU %2 是文章中的示例：在 GPU 上运行模型的模块很可能需要更多内存，而超出限制的模块会被停止。请为此模块指定合适的值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="385"/>
        <source>No memory limit is set; setting one is recommended: memory %1.</source>
        <translation>未设置内存限制；建议设置：内存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="386"/>
        <source>No CPU limit is set; setting one is recommended: CPU %2.</source>
        <translation>未设置 CPU 限制；建议设置：CPU %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="388"/>
        <source>The module shares memory (%1). Shared memory between modules needs host IPC mode (IpcMode host) on Kubernetes.</source>
        <translation>该模块共享内存（%1）。在 Kubernetes 上，模块之间的共享内存需要主机 IPC 模式（IpcMode host）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="392"/>
        <source>The module shares memory (%1) in host IPC mode, which works on Kubernetes too; the modules it shares memory with need IpcMode host as well.</source>
        <translation>该模块在主机 IPC 模式下共享内存（%1），这在 Kubernetes 上同样有效；与其共享内存的模块也需要 IpcMode host。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="395"/>
        <source>%1 uses https_proxy without no_proxy; add no_proxy=localhost.</source>
        <translation>%1 使用了 https_proxy，但未设置 no_proxy；请添加 no_proxy=localhost。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="397"/>
        <source>edgeHub uses a web proxy; if the proxy does not allow AMQP traffic, set UpstreamProtocol to AmqpWs.</source>
        <translation>edgeHub 使用 Web 代理；如果 Web 代理不允许 AMQP 流量，请将 UpstreamProtocol 设置为 AmqpWs。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="400"/>
        <source>The module uses a hardware accelerator; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation>该模块使用硬件加速；采用滚动更新时，更新的模块将无法启动。请使用 Recreate 策略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="404"/>
        <source>The module uses host ports; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation>该模块使用主机端口；采用滚动更新时，更新的模块将无法启动。请使用 Recreate 策略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="408"/>
        <source>The module exposes ports, which get host ports on the GPU device (expose-hostport); with a rolling update the updated module would not start. Use the Recreate strategy (not needed if you reject expose-hostport).</source>
        <translation>该模块公开了端口，在 GPU 设备上这些端口将获得主机端口（expose-hostport）；采用滚动更新时，更新的模块将无法启动。请使用 Recreate 策略（如果拒绝 expose-hostport，则不需要）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="413"/>
        <source>The module uses persistent volumes; a rolling update can have unexpected effects. Use the Recreate strategy.</source>
        <translation>该模块使用永久性卷；滚动更新可能会产生意想不到的影响。请使用 Recreate 策略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="417"/>
        <source>As the other changes are decided, the module holds no accelerator, host port or persistent volume on Kubernetes, and needs no particular strategy; should that change, the Recreate strategy is set.</source>
        <translation>按其他更改的决定，该模块在 Kubernetes 上不使用硬件加速、主机端口或永久性卷，不需要特定的策略；如果情况发生变化，将设置 Recreate 策略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="421"/>
        <source>The module mounts host folders, which need no particular strategy. Should one of them become a volume (the mount type of binds-to-mounts, or share-subfolder&apos;s proposal), a rolling update can have unexpected effects: the Recreate strategy is then set.</source>
        <translation>该模块装载主机文件夹，这不需要特定的策略。如果其中之一变为卷（binds-to-mounts 的装载类型，或 share-subfolder 的建议），滚动更新可能会产生意想不到的影响：届时将设置 Recreate 策略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="426"/>
        <source>%1 is not a valid Kubernetes name; it is renamed to %2 everywhere in this manifest. Whatever calls the module by name from outside it (direct methods, other deployments) must use the new name too.</source>
        <translation>%1 不是有效的 Kubernetes 名称；将在此清单中的所有位置重命名为 %2。从清单外部按名称调用该模块的任何内容（直接方法、其他部署）也必须使用新名称。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="430"/>
        <source>%1 would become %3, which another module already has; choose another name, such as %2.</source>
        <translation>%1 将变为 %3，但另一个模块已使用该名称；请选择其他名称，例如 %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="432"/>
        <source>%1 cannot be renamed to %2: another module has that name.</source>
        <translation>无法将 %1 重命名为 %2：另一个模块已使用该名称。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="434"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes. It can be removed; build what it did into the image.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1。可以将其删除；请将它实现的功能构建到映像中。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="437"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes, which keeps container logs its own way. It can be removed.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1，Kubernetes 以自己的方式保存容器日志。可以将其删除。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="441"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes: Kubernetes restarts the module&apos;s pod itself, as the module&apos;s restartPolicy in the deployment says. It can be removed.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1：Kubernetes 会按照部署中该模块的 restartPolicy 自行重启模块的 Pod。可以将其删除。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="445"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can be removed; check that the module works without them.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1：Pod 不会获得这些主机设备。可以将其删除；请确认模块在没有这些设备时仍能正常工作。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="449"/>
        <source>%2 are bound to one host port, %1: IoT Edge on Kubernetes makes a port of the module&apos;s Service of each host port (whatever the HostIp), and Kubernetes refuses a Service with one port twice. Give each its own host port.</source>
        <translation>%2 绑定到同一个主机端口 %1：Kubernetes 上的 IoT Edge 会为每个主机端口在模块的服务中创建一个端口（无论 HostIp 为何），而 Kubernetes 会拒绝同一端口出现两次的服务。请为每个端口指定各自的主机端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="454"/>
        <source>%1 is a range of ports, which IoT Edge on Kubernetes makes no Service port of: the module is not reached on them. Write each port of the range on its own (%2 and the ports after it).</source>
        <translation>%1 是端口范围，Kubernetes 上的 IoT Edge 不会将其设为服务端口：无法通过这些端口访问该模块。请分别写出范围内的每个端口（%2 及其后的端口）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="458"/>
        <source>%1 (%2) is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can be removed; check that the module works without them, or make it privileged (HostConfig.Privileged true, which Kubernetes keeps): a privileged module sees the node&apos;s devices in its /dev.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1（%2）：Pod 不会获得这些主机设备。可以将其删除；请确认模块在没有这些设备时仍能正常工作，或让模块以特权模式运行（Kubernetes 会沿用 HostConfig.Privileged true）：以特权模式运行的模块能在自身的 /dev 中看到节点的设备。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="463"/>
        <source>%1 (%2) is not carried over by IoT Edge on Kubernetes, and is not needed there: the module is privileged (Privileged, which Kubernetes keeps), and so sees the node&apos;s devices in its /dev. It can be removed.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1（%2），在那里也不需要它：该模块以特权模式运行（Kubernetes 会沿用 Privileged），因此能在自身的 /dev 中看到节点的设备。可以将其删除。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="468"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes. It can be removed; modules that share memory need host IPC mode (IpcMode host).</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1。可以将其删除；共享内存的模块需要主机 IPC 模式（IpcMode host）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="472"/>
        <source>Port %1 has several host bindings (host ports %2). IoT Edge on Kubernetes makes a Service port of each, all of one name, and Kubernetes refuses such a Service. Keep only the first binding (host port %3).</source>
        <translation>端口 %1 有多个主机绑定（主机端口 %2）。Kubernetes 上的 IoT Edge 会把每个绑定变成同名的 Service 端口，Kubernetes 会拒绝这样的 Service。请只保留第一个绑定（主机端口 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="476"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes and has no effect there. It can be removed.</source>
        <translation>Kubernetes 上的 IoT Edge 不会沿用 %1，它在那里不起作用。可以将其删除。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="479"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored.</source>
        <translation>Kubernetes 上的 IoT Edge 无法识别 k8s-experimental.%1，它将被忽略。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="481"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored; did you mean %2?</source>
        <translation>Kubernetes 上的 IoT Edge 无法识别 k8s-experimental.%1，它将被忽略；你是否指的是 %2？</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="484"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; it moves to the module&apos;s env section.</source>
        <translation>%1 的值包含 &apos;=&apos;，在 Kubernetes 上会被丢弃；该变量将移至模块的 env 部分。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="487"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; the module&apos;s env section sets %1 too, and wins, so this createOptions entry is removed.</source>
        <translation>%1 的值包含 &apos;=&apos;，在 Kubernetes 上会被丢弃；模块的 env 部分也设置了 %1，且以其为准，因此将删除此 createOptions 条目。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="491"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; move it to the module&apos;s env section in the deployment manifest.</source>
        <translation>%1 的值包含 &apos;=&apos;，在 Kubernetes 上会被丢弃；请将其移到部署清单中该模块的 env 部分。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="494"/>
        <source>The variable name %1 contains &apos;:&apos;; it becomes %2.</source>
        <translation>变量名称 %1 包含 &apos;:&apos;；将变为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="496"/>
        <source>The variable name %1 contains &apos;:&apos; and would become %2, but the module has a variable %2 already: rename one of the two, or one value would be lost.</source>
        <translation>变量名称 %1 包含 &apos;:&apos;，将变为 %2，但模块中已有变量 %2：请重命名其中一个，否则会丢失一个值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="500"/>
        <source>While its pod is in the ContainerCreating state (a large image pulled over a slow link), IoT Hub shows the module as Backoff; it is starting.</source>
        <translation>Pod 处于“正在创建容器”（ContainerCreating）状态时（例如通过慢速连接拉取大型映像），IoT Hub 会将模块的状态显示为“回退”（Backoff）；模块正在启动。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="504"/>
        <source>createOptions is not valid JSON (it breaks at line %1, column %2); the module is left as it was.</source>
        <translation>createOptions 不是有效的 JSON（在第 %1 行第 %2 列出错）；模块保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="507"/>
        <source>createOptions is nested too deeply to be Docker&apos;s create options (from line %1, column %2); the module is left as it was.</source>
        <translation>createOptions 嵌套过深，不可能是 Docker 创建选项（从第 %1 行第 %2 列起）；模块保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="511"/>
        <source>createOptions is not a JSON object; the module is left as it was.</source>
        <translation>createOptions 不是 JSON 对象；模块保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="513"/>
        <source>%1 is not a string, as every createOptions chunk must be; the module is left as it was.</source>
        <translation>%1 不是字符串（每个 createOptions 区块都必须是字符串）；模块保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="516"/>
        <source>The createOptions chunks have a gap (suffixes %1); the device would stop reading at the gap. EdgeShift joins them in order of their suffix.</source>
        <translation>createOptions 区块存在缺口（后缀 %1）；设备会在缺口处停止读取。EdgeShift 按后缀顺序连接这些区块。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="520"/>
        <source>Written like createOptions chunks, but not read as ones (the device reads createOptions01 to createOptions99, two digits): %1. What they hold is no part of the createOptions, here or on the device: move it into the chunks the device reads, or remove them.</source>
        <translation>以下键的写法像 createOptions 区块，但不会作为区块读取（设备只读取两位数字的 createOptions01 到 createOptions99）：%1。它们的内容在此处和设备上都不属于 createOptions：请将其移入设备读取的区块，或将其删除。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="525"/>
        <source>The module has createOptions chunks (suffixes %1) but no createOptions, the first chunk: the device would read no options at all. EdgeShift joins them in order of their suffix, and writes a module it changes from createOptions on.</source>
        <translation>该模块有 createOptions 区块（后缀 %1），但没有第一个区块 createOptions：设备将完全不读取任何选项。EdgeShift 按后缀顺序连接这些区块，并从 createOptions 开始写出它所更改的模块。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="529"/>
        <source>The key %1 appears twice in %2; the last value is used.</source>
        <translation>键 %1 在 %2 中出现了两次；将使用最后一个值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="531"/>
        <source>The key %1 appears twice in createOptions (at %2); the last value is used.</source>
        <translation>键 %1 在 createOptions 中出现了两次（位于 %2 处）；将使用最后一个值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="533"/>
        <source>The hand edit of createOptions still needs what these rules would change: %1. Make the changes in the GPU side, or revert the hand edit.</source>
        <translation>createOptions 的手动编辑仍需要这些规则所做的更改：%1。请在 GPU 侧进行更改，或还原手动编辑。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="537"/>
        <source>The converted createOptions would need %1 chunks, more than 100; the module is left as it was.</source>
        <translation>转换后的 createOptions 需要 %1 个区块，超过 100 个；模块保持不变。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.cpp" line="583"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="585"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="587"/>
        <source>Compute acceleration usage</source>
        <translation>计算加速使用情况</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="589"/>
        <source>Memory and CPU usage</source>
        <translation>内存和 CPU 使用情况</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="591"/>
        <source>Web proxy</source>
        <translation>Web 代理</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="593"/>
        <source>Other differences</source>
        <translation>其他差异</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="602"/>
        <source>fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="604"/>
        <source>advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="606"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="608"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="617"/>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="619"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="621"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="623"/>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="626"/>
        <source>hand edit</source>
        <extracomment>a finding whose change the operator&apos;s hand edit of the module replaces</extracomment>
        <translation>手动编辑</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="629"/>
        <source>replaced</source>
        <extracomment>a finding whose change another accepted finding makes its own way</extracomment>
        <translation>已替代</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="633"/>
        <source>solved</source>
        <extracomment>a problem for the operator that the other decisions solve</extracomment>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="635"/>
        <source>not needed</source>
        <extracomment>an accepted change the other decisions leave nothing to do for</extracomment>
        <translation>无需更改</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="644"/>
        <source>Not made: your hand edit of this module&apos;s createOptions decides. Revert the hand edit to decide here again.</source>
        <translation>未执行此更改：此模块的 createOptions 由你的手动编辑决定。若要在此重新决定，请还原手动编辑。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="652"/>
        <source>Not made: the accepted change &quot;%1&quot; (%2) makes it its own way. Reject that change to decide here again.</source>
        <extracomment>%1 is a rule&apos;s title, %2 its id</extracomment>
        <translation>未执行此更改：已接受的更改“%1”（%2）以其自己的方式完成此项。若要在此重新决定，请拒绝该更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="657"/>
        <source>Solved: as the other changes are decided, the module no longer has this problem.</source>
        <translation>已解决：按其他更改的决定，此模块不再有此问题。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="663"/>
        <source>Not made: as the other changes are decided, this module does not need it. It is made as soon as they call for it, while it stays accepted.</source>
        <translation>未执行此更改：按其他更改的决定，此模块不需要它。只要它仍被接受，一旦其他更改需要它，就会执行。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="672"/>
        <source>Not made yet: %1 — %2</source>
        <extracomment>%1 is a parameter&apos;s label (&quot;Mount source&quot;), %2 why its value is not taken</extracomment>
        <translation>尚未执行：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="682"/>
        <source>GPU-ready</source>
        <translation>已适配 GPU</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="684"/>
        <source>changes proposed</source>
        <translation>已建议更改</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="686"/>
        <source>needs the operator</source>
        <translation>需人工处理</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="740"/>
        <source>, </source>
        <extracomment>Between the items of a list in a sentence: ports, rule ids, paths</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="746"/>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="748"/>
        <source>Mount type</source>
        <translation>装载类型</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="750"/>
        <source>Mount source</source>
        <translation>装载源</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="752"/>
        <source>New module name</source>
        <translation>新模块名称</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="754"/>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="756"/>
        <source>CPU limit</source>
        <translation>CPU 限制</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="758"/>
        <source>Host port</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="760"/>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="770"/>
        <source>Enter a value.</source>
        <translation>请输入值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="778"/>
        <source>A mount of type bind takes a path on the node: start it with /.</source>
        <translation>类型为 bind 的装载需要节点上的路径：请以 / 开头。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="780"/>
        <source>Less than 1Mi: no container starts with so little memory. Add the unit, as in 512Mi.</source>
        <translation>小于 1Mi：内存这么少，任何容器都无法启动。请加上单位，例如 512Mi。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="782"/>
        <source>Kubernetes refuses a limit below the module&apos;s request of it: enter at least the request.</source>
        <translation>Kubernetes 不接受低于模块请求值（requests）的限制：请输入不低于请求值的值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="784"/>
        <source>Another module has this name on Kubernetes (where names are lower case); choose another.</source>
        <translation>在 Kubernetes 上另一个模块已使用此名称（名称为小写）；请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="786"/>
        <source>Host ports 35000 and 35001 are used by the IoT Edge proxy on Kubernetes; choose another.</source>
        <translation>主机端口 35000 和 35001 由 Kubernetes 上的 IoT Edge 代理使用；请选择其他端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="788"/>
        <source>Enter bind or volume.</source>
        <translation>请输入 bind 或 volume。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="790"/>
        <source>Use a-z, 0-9 and &apos;-&apos;, start with a letter, end with a letter or digit, at most 63 characters.</source>
        <translation>请使用 a-z、0-9 和 &apos;-&apos;，以字母开头，以字母或数字结尾，最多 63 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="796"/>
        <source>Enter an image reference without spaces or quotes.</source>
        <translation>请输入不含空格或引号的映像引用。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="801"/>
        <source>This image still names the FPGA (fpga, brainwave or catapult); enter the GPU build of the model.</source>
        <translation>此映像仍指向 FPGA（fpga、brainwave 或 catapult）；请输入模型的 GPU 版本。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="803"/>
        <source>A volume&apos;s source is the name of an Edge share or a volume, not a path; enter a name, or choose bind for a path on the node.</source>
        <translation>卷的源是 Edge 共享或卷的名称，而不是路径；请输入名称，或为节点上的路径选择 bind。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="806"/>
        <source>Kubernetes names the volume after this source&apos;s letters, digits and &apos;-&apos;, from its first letter on, and this one leaves no name; enter a name that has a letter.</source>
        <translation>Kubernetes 使用此源中从第一个字母开始的字母、数字和“-”来命名卷，而此源不会留下任何名称；请输入包含字母的名称。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="816"/>
        <source>object</source>
        <extracomment>JSON value types, as in &quot;the file holds a JSON array&quot;</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="818"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="820"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="822"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="824"/>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="826"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="839"/>
        <source>Line %1, column %2: this is not valid JSON. Correct it, or discard the edit: until it is valid it is not used.</source>
        <translation>第 %1 行第 %2 列: 不是有效的 JSON。请更正，或放弃编辑：在其有效之前不会使用此编辑。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="853"/>
        <source>%1: the file is empty. Open a deployment manifest.</source>
        <translation>%1: 文件为空。请打开部署清单。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="856"/>
        <source>%1:%2:%3: this is not valid JSON (at “%4”). Correct the file and try again.</source>
        <extracomment>%4 the text where it breaks, at most a line</extracomment>
        <translation>%1:%2:%3: 不是有效的 JSON（位于“%4”处）。请更正文件，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="859"/>
        <source>%1:%2:%3: the file ends before the JSON does; it may have been cut short. Correct the file and try again.</source>
        <translation>%1:%2:%3: 文件在 JSON 结束之前就结束了，可能被截断。请更正文件后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="863"/>
        <source>%1:%2:%3: the number %4 is too large for JSON. Correct the file and try again.</source>
        <translation>%1:%2:%3: 数字 %4 对于 JSON 而言过大。请更正文件，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="866"/>
        <source>%1:%2:%3: the number %4 cannot be kept as written (it has more digits than a number holds here, or is too small). Write it as a string, or correct it, and try again.</source>
        <translation>%1:%2:%3: 无法按原样保留数字 %4（位数超出可保存的范围，或者太小）。请将其写成字符串或加以更正，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="873"/>
        <source>%1:%2:%3: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1:%2:%3: 文件不是 UTF-8 文本。请将其另存为 UTF-8，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="875"/>
        <source>%1: the file is UTF-16 text (as Windows PowerShell writes it). Save it as UTF-8 and try again.</source>
        <translation>%1: 该文件是 UTF-16 文本（Windows PowerShell 写出的格式）。请另存为 UTF-8，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="889"/>
        <source>%1: %2 must be a JSON %3. Correct the manifest and try again.</source>
        <translation>%1: %2 必须是 JSON %3。请更正清单，然后重试。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="870"/>
        <source>%1:%2:%3: the JSON is nested too deeply. This is not a deployment manifest.</source>
        <translation>%1:%2:%3: JSON 嵌套过深。这不是部署清单。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="879"/>
        <source>%1:%2:%3: the file holds a NUL byte: it is not a text file.</source>
        <translation>%1:%2:%3: 文件包含 NUL 字节：它不是文本文件。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="884"/>
        <source>%1: the file holds a JSON %2, not an object: it is not a deployment manifest.</source>
        <translation>%1: 文件包含的是 JSON %2，而不是对象：它不是部署清单。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="887"/>
        <source>%1: this JSON is neither a deployment manifest (modulesContent) nor createOptions.</source>
        <translation>%1: 此 JSON 既不是部署清单（modulesContent），也不是 createOptions。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="917"/>
        <source>(removed)</source>
        <comment>the GPU side of a change that removes the FPGA side&apos;s value</comment>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="922"/>
        <source>Accepted and made.</source>
        <comment>a report&apos;s note on an accepted proposal or advice, among the changes made</comment>
        <translation>已接受并已更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="926"/>
        <source>%1 %2</source>
        <extracomment>A finding&apos;s sentence (%1), then why its change is not made (%2)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="934"/>
        <source>EdgeShift report: %1</source>
        <translation>EdgeShift 报告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="935"/>
        <source>EdgeShift report: %n manifest(s)</source>
        <translation>
            <numerusform>EdgeShift 报告：%n 个清单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="901"/>
        <source>The manifest is GPU-ready.</source>
        <translation>清单已适配 GPU。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="552"/>
        <source>%1: %2</source>
        <extracomment>a finding&apos;s title where its module has several of its rule: %1 the rule&apos;s title, %2 what it is about</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="772"/>
        <source>Enter a whole number, in digits, without leading zeros.</source>
        <translation>请用数字输入整数，不要带前导零。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="775"/>
        <source>Enter a port from 1 to 65535.</source>
        <translation>请输入 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="776"/>
        <source>Enter a number from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="793"/>
        <source>Enter a memory size, such as 128Mi or 1Gi.</source>
        <translation>请输入内存大小，例如 128Mi 或 1Gi。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="794"/>
        <source>Enter a CPU amount in cores or millicores, such as 500m or 2.</source>
        <translation>请以核数或毫核数输入 CPU 数量，例如 500m 或 2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="798"/>
        <source>Another port mapping of this module has this host port (the module&apos;s Kubernetes service takes each port once); choose another.</source>
        <translation>该模块的另一个端口映射已使用此主机端口（模块的 Kubernetes 服务中每个端口只能使用一次）；请选择其他端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="835"/>
        <source>Line %1, column %2: this is not valid JSON (at “%3”). Correct it, or discard the edit: until it is valid it is not used.</source>
        <extracomment>%3 the text where it breaks, at most a line</extracomment>
        <translation>第 %1 行第 %2 列: 不是有效的 JSON（位于“%3”处）。请更正，或放弃编辑：在其有效之前不会使用此编辑。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="901"/>
        <source>The manifest is not GPU-ready yet.</source>
        <translation>清单尚未适配 GPU。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="903"/>
        <source>%1, %2. %3</source>
        <extracomment>Summary of a report: %1 is &quot;N changes made&quot;, %2 &quot;N items left&quot;, %3 GPU-ready or not.</extracomment>
        <translation>%1，%2。%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="904"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>已进行 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="905"/>
        <source>%n item(s) left for the operator</source>
        <translation>
            <numerusform>%n 项待人工处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="908"/>
        <source>Changes made</source>
        <translation>已进行的更改</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="909"/>
        <source>Left for the operator</source>
        <translation>待人工处理的项</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="910"/>
        <source>Advice not taken</source>
        <translation>未采纳的建议</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="911"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="912"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="913"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="914"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="915"/>
        <source>FPGA (before)</source>
        <translation>FPGA（更改前）</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="916"/>
        <source>GPU (after)</source>
        <translation>GPU（更改后）</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="918"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/translator.cpp" line="33"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="34"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="35"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../ui/messages.cpp" line="23"/>
        <source>Binds become Mounts</source>
        <translation>将 Binds 改为 Mounts</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="24"/>
        <source>A Kubernetes deployment cannot use binds to attach persistent storage or host paths. Each HostConfig.Binds entry becomes a HostConfig.Mounts entry: of type volume for an Edge share (its source is the name of the share provisioned on the GPU device) or a named volume, of type bind for a host path.</source>
        <translation>Kubernetes 上的部署不能使用绑定来关联永久性存储或主机路径。每个 HostConfig.Binds 条目都将变为 HostConfig.Mounts 条目：对于 Edge 共享（其源为在 GPU 设备上预配的共享的名称）或命名卷，类型为 volume；对于主机路径，类型为 bind。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="28"/>
        <source>Folder inside an Edge share</source>
        <translation>Edge 共享中的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="29"/>
        <source>A volume mount takes a whole share, not a folder inside it. Mount the whole share at the same target (the module then finds the folder one level down), or provision the folder as a share of its own.</source>
        <translation>卷装载只能装载整个共享，而不能装载共享中的文件夹。请将整个共享装载到同一目标（模块随后会在下一级找到该文件夹），或将该文件夹预配为单独的共享。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="32"/>
        <source>Bind mount of a file</source>
        <translation>文件的绑定装载</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="33"/>
        <source>On IoT Edge on Kubernetes, bind mounts work for directories only, not for files. Mount the parent directory instead, or build the file into the image. For a file of a system folder such as /etc, whose folder would hide the container&apos;s own, the proposal is to drop the mount.</source>
        <translation>在 Kubernetes 上的 IoT Edge 中，绑定装载仅适用于目录，不适用于文件。请改为装载父目录，或将该文件构建到映像中。对于 /etc 等系统文件夹中的文件，装载其文件夹会遮住容器自身的文件夹，因此建议删除此装载。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="37"/>
        <source>Volume names collide</source>
        <translation>卷名称冲突</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="42"/>
        <source>Exposed port without HostPort</source>
        <translation>没有 HostPort 的公开端口</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="43"/>
        <source>To expose a service both inside and outside the cluster, a HostPort must be given. The binding is added with the container port as host port (editable).</source>
        <translation>需要指定 HostPort 才能在群集内外部公开服务。将添加以容器端口作为主机端口的绑定（主机端口可编辑）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="46"/>
        <source>TCP and UDP ports in one module</source>
        <translation>同一模块中的 TCP 和 UDP 端口</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="47"/>
        <source>Once a port mapping to TCP is added, UDP does not work in the same request. Split the module, or drop one protocol.</source>
        <translation>添加 TCP 的端口映射后，同一请求中的 UDP 不起作用。请拆分模块，或删除其中一种协议。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="50"/>
        <source>Port reserved by the IoT Edge proxy</source>
        <translation>IoT Edge 代理保留的端口</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="51"/>
        <source>The IoT Edge proxy on the Kubernetes platform uses ports 35000 and 35001. A module on these ports causes a port conflict; the proposal is the next free host port.</source>
        <translation>Kubernetes 平台上的 IoT Edge 代理使用端口 35000 和 35001。在这些端口上运行的模块会导致端口冲突；建议使用下一个可用的主机端口。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="54"/>
        <source>Host network</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="55"/>
        <source>The host network works with dnsPolicy = ClusterFirstWithHostNet, so not every container (edgeHub in particular) needs to be on the host network.</source>
        <translation>主机网络适用于 dnsPolicy = ClusterFirstWithHostNet 的情况，因此并非所有容器（尤其是 edgeHub）都必须位于主机网络上。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="58"/>
        <source>Module addressed on its container port</source>
        <translation>通过容器端口访问的模块</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="59"/>
        <source>Module-to-module communication needs a HostPort and a connection through the mapped port, not the port the container exposes.</source>
        <translation>模块间通信需要 HostPort 规范以及使用映射端口（而非容器公开端口）的连接。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="62"/>
        <source>Service only inside the cluster</source>
        <translation>仅限群集内部的服务</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="63"/>
        <source>A k8s-experimental option restricts a module&apos;s service to the cluster: serviceOptions type ClusterIP. Use it when nothing outside the device needs the module.</source>
        <translation>k8s-experimental 选项可将模块服务的公开范围仅限于群集：serviceOptions type ClusterIP。当设备外部无需使用该模块时，请使用此选项。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="66"/>
        <source>FPGA resource becomes a GPU resource</source>
        <translation>将 FPGA 资源改为 GPU 资源</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="67"/>
        <source>On the GPU device, request nvidia resources instead of catapult, through resource requests rather than device bindings: nvidia.com/gpu in k8s-experimental.resources, with the FPGA count (editable).</source>
        <translation>在 GPU 设备上，请使用资源请求规范而不是设备绑定，请求 nvidia 资源而非 catapult：在 k8s-experimental.resources 中指定 nvidia.com/gpu，数量与 FPGA 相同（数量可编辑）。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="70"/>
        <source>FPGA device bindings</source>
        <translation>FPGA 设备绑定</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="71"/>
        <source>The GPU is requested through resources, not device bindings: HostConfig.Devices entries that bind the FPGA (/dev/catapult*) are removed.</source>
        <translation>GPU 通过资源而不是设备绑定进行请求：将删除绑定 FPGA（/dev/catapult*）的 HostConfig.Devices 条目。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="74"/>
        <source>Image built for the FPGA</source>
        <translation>为 FPGA 构建的映像</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="79"/>
        <source>GPU requested the Docker way</source>
        <translation>以 Docker 方式请求的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="80"/>
        <source>HostConfig.Runtime nvidia and HostConfig.DeviceRequests ask Docker for a GPU; Kubernetes ignores them, and without nvidia.com/gpu in k8s-experimental.resources the pod gets no GPU.</source>
        <translation>HostConfig.Runtime nvidia 和 HostConfig.DeviceRequests 用于向 Docker 请求 GPU；Kubernetes 会忽略它们，如果 k8s-experimental.resources 中没有 nvidia.com/gpu，Pod 将无法获得 GPU。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="83"/>
        <source>WIRESERVER_ADDRESS</source>
        <translation>WIRESERVER_ADDRESS</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="84"/>
        <source>The GPU device needs no wire server: the WIRESERVER_ADDRESS variable is removed.</source>
        <translation>GPU 设备不需要指定 wireserver：将删除 WIRESERVER_ADDRESS 变量。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="85"/>
        <source>Memory and CPU limits</source>
        <translation>内存和 CPU 限制</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="86"/>
        <source>Memory and CPU are set with limits in the module&apos;s k8s-experimental section. They are not required but generally recommended; without requests, the limits are used as the minimum required.</source>
        <translation>内存和 CPU 通过模块 k8s-experimental 部分中的限制（limits）进行设置。内存和 CPU 规范并不是必需的，但通常建议指定；如果未指定 requests，则 limits 中设置的值将用作所需的最小值。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="89"/>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="90"/>
        <source>Shared memory between modules needs another approach on Kubernetes: host IPC mode (IpcMode host), as Live Video Analytics uses with an inference solution.</source>
        <translation>在 Kubernetes 上，模块之间的共享内存需要采用另一种方法：主机 IPC 模式（IpcMode host），与实时视频分析和推理解决方案之间的共享内存访问方式相同。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="93"/>
        <source>no_proxy for the web proxy</source>
        <translation>Web 代理的 no_proxy</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="94"/>
        <source>With a web proxy, IoT Edge on Kubernetes also needs no_proxy = localhost in the deployment of edgeHub and edgeAgent.</source>
        <translation>使用 Web 代理时，Kubernetes 上的 IoT Edge 还需要在 edgeHub 和 edgeAgent 的部署中配置 no_proxy = localhost。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="97"/>
        <source>UpstreamProtocol for the web proxy</source>
        <translation>Web 代理的 UpstreamProtocol</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="98"/>
        <source>If the web proxy does not allow AMQP traffic, edgeHub needs UpstreamProtocol = AmqpWs.</source>
        <translation>如果 Web 代理不允许 AMQP 流量，edgeHub 需要 UpstreamProtocol = AmqpWs。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="100"/>
        <source>Deployment strategy Recreate</source>
        <translation>部署策略 Recreate</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="101"/>
        <source>The default behaviour of IoT Edge modules is a rolling update. When a module uses resources such as a hardware accelerator or network ports, the updated module then does not start; with persistent volumes it can have unexpected effects. Specify Recreate in the module&apos;s k8s-experimental section.</source>
        <translation>IoT Edge 模块的默认行为是滚动更新。如果模块正在使用硬件加速或网络端口等资源，则此行为会导致更新的模块无法启动；使用永久性卷时，此行为可能会产生意想不到的影响。请在模块的 k8s-experimental 部分中指定 Recreate。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="106"/>
        <source>Module names must follow the Kubernetes naming conventions: a-z, 0-9 and &apos;-&apos;, starting with a letter and ending with a letter or digit, at most 63 characters. IoT Edge on Kubernetes silently drops every other character. The module is renamed everywhere: the modules key, routes, its twin section and other modules&apos; references.</source>
        <translation>模块名称必须遵循 Kubernetes 命名约定：使用 a-z、0-9 和 &apos;-&apos;，以字母开头，以字母或数字结尾，最多 63 个字符。Kubernetes 上的 IoT Edge 会静默删除所有其他字符。模块将在所有位置重命名：modules 键、路由、其孪生部分以及其他模块中的引用。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="111"/>
        <source>Create option that Kubernetes does not keep</source>
        <translation>Kubernetes 不沿用的创建选项</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="112"/>
        <source>Some Docker create options that work on the FPGA device do not work in the Kubernetes environment of the GPU device, for example Entrypoint. Each finding says what the option did there and what to do instead.</source>
        <translation>某些在 FPGA 设备上可用的 Docker 创建选项在 GPU 设备上的 Kubernetes 环境中将不可用，例如 Entrypoint。每个发现项都会说明该选项原来的作用以及应改为执行的操作。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="133"/>
        <source>The createOptions of this module is not valid JSON, or not a JSON object. Nothing is changed in the module until it is corrected.</source>
        <translation>此模块的 createOptions 不是有效的 JSON，或不是 JSON 对象。在更正之前，不会对该模块进行任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="140"/>
        <source>Hand edit not converted</source>
        <translation>未转换的手动编辑</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="141"/>
        <source>The GPU side of this module is edited by hand, so the rules no longer change its createOptions; what they would still change there (the FPGA kept, say) is left for you.</source>
        <translation>此模块的 GPU 侧已手动编辑，因此规则不再更改其 createOptions；规则仍会在其中更改的内容（例如保留的 FPGA）作为待人工处理的项目保留。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="144"/>
        <source>createOptions chunks with a gap</source>
        <translation>编号不连续的 createOptions 区块</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="145"/>
        <source>A long createOptions is split into createOptions, createOptions01, createOptions02 and so on. A missing number makes the device stop reading at the gap. EdgeShift joins every chunk in the order of its number, and writes them back without gaps when it changes the module; check that the joined options are what you meant.</source>
        <translation>较长的 createOptions 会拆分为 createOptions、createOptions01、createOptions02 等。如果缺少某个编号，设备会在该缺口处停止读取。EdgeShift 按编号顺序连接所有区块，并在更改模块时以无缺口的方式写回；请检查连接后的选项是否符合你的预期。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="150"/>
        <source>Key written twice</source>
        <translation>重复的键</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="151"/>
        <source>A JSON object holds the same key twice. As in IoT Edge, the last value is used and the first is ignored; EdgeShift writes the key once.</source>
        <translation>JSON 对象中同一个键出现了两次。与 IoT Edge 一样，将使用最后一个值并忽略第一个值；EdgeShift 只写入该键一次。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="105"/>
        <source>Module name</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="38"/>
        <source>Kubernetes volume names keep only lower-case letters, digits and &apos;-&apos; of a mount&apos;s source. Two different sources of one module that give the same name make Kubernetes refuse the pod, or mount the wrong data. Rename a share or a folder. One source mounted twice gives two volumes of one name too.</source>
        <translation>Kubernetes 卷名称仅保留装载源中的小写字母、数字和 &apos;-&apos;。如果同一模块的两个不同源生成相同的名称，Kubernetes 会拒绝该 Pod，或装载错误的数据。请重命名共享或文件夹。同一个源装载两次也会生成两个同名的卷。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="75"/>
        <source>The module&apos;s image is a build for the FPGA (Project Brainwave, the Azure ML FPGA host) and will not use the GPU: its name says so, or the module asks for the FPGA. Give the GPU build of the model as the new image.</source>
        <translation>该模块的映像是为 FPGA 构建的版本（Project Brainwave，即 Azure ML FPGA 主机），不会使用 GPU：映像名称表明了这一点，或者该模块请求了 FPGA。请将模型的 GPU 版本指定为新映像。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="116"/>
        <source>Unknown k8s-experimental option</source>
        <translation>未知的 k8s-experimental 选项</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="117"/>
        <source>IoT Edge on Kubernetes knows nodeSelector, resources, volumes, securityContext, serviceOptions and strategy in k8s-experimental. Any other key is ignored with only a warning: usually a typo.</source>
        <translation>Kubernetes 上的 IoT Edge 可识别 k8s-experimental 中的 nodeSelector、resources、volumes、securityContext、serviceOptions 和 strategy。任何其他键都只会产生警告并被忽略：通常是拼写错误。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="120"/>
        <source>Environment value containing &apos;=&apos;</source>
        <translation>包含 &apos;=&apos; 的环境变量值</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="121"/>
        <source>IoT Edge on Kubernetes splits each createOptions Env entry on every &apos;=&apos; and silently drops entries that do not split in exactly two (connection strings, SAS tokens). The variable moves to the module&apos;s env section, which is passed through whole.</source>
        <translation>Kubernetes 上的 IoT Edge 会在每个 &apos;=&apos; 处拆分 createOptions 的每个 Env 条目，并静默丢弃无法恰好拆分为两部分的条目（如连接字符串、SAS 令牌）。该变量将移至模块的 env 部分，该部分中的值会完整传递。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="125"/>
        <source>Environment variable name with &apos;:&apos;</source>
        <translation>包含 &apos;:&apos; 的环境变量名称</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="126"/>
        <source>&apos;:&apos; in environment variable names must be replaced with &apos;__&apos;.</source>
        <translation>环境变量名称中的 &apos;:&apos; 需要替换为 &apos;__&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="127"/>
        <source>Backoff while the pod is created</source>
        <translation>Pod 创建期间的“回退”状态</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="128"/>
        <source>A Kubernetes pod in the ContainerCreating state shows the module in the Backoff state in IoT Hub, commonly while a large container image is pulled over a low-bandwidth connection. The module is starting.</source>
        <translation>Kubernetes Pod 处于“正在创建容器”（ContainerCreating）状态时，IoT Hub 中的模块会呈现“回退”（Backoff）状态，常见原因是通过低带宽连接拉取大型容器映像。模块正在启动。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="132"/>
        <source>createOptions is not valid</source>
        <translation>createOptions 无效</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="136"/>
        <source>createOptions too long</source>
        <translation>createOptions 过长</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="137"/>
        <source>createOptions is split into at most 100 chunks of 512 characters. The converted options would need more, so the module is left as it was.</source>
        <translation>createOptions 最多拆分为 100 个区块，每个区块 512 个字符。转换后的选项需要更多区块，因此模块保持不变。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Moves IoT Edge deployments from Azure Stack Edge Pro FPGA to GPU devices.</source>
        <translation>将 IoT Edge 部署从 Azure Stack Edge Pro FPGA 设备迁移到 GPU 设备。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>Language: en, ja or zh_CN.</source>
        <translation>语言：en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="20"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>A deployment manifest to open.</source>
        <translation>要打开的部署清单。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>[MANIFEST]</source>
        <translation>[MANIFEST]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>edgeshift: unknown language %1; use en, ja or zh_CN.</source>
        <translation>edgeshift: 未知语言 %1；请使用 en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="92"/>
        <source>edgeshift: %1</source>
        <translation>edgeshift: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Run edgeshift --help for the options.</source>
        <translation>运行 edgeshift --help 可查看选项。</translation>
    </message>
</context>
</TS>
