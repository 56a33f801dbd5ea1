<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="466"/>
        <source>--set %1.%2: the value would go to %n findings, and one value cannot be theirs together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE, %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: the value would go to %n finding, and one value cannot be theirs together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the EdgeShift window.</numerusform>
            <numerusform>--set %1.%2: the value would go to %n findings, and one value cannot be theirs together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the EdgeShift window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="457"/>
        <source>edgeshift-cli: warning: --set %1.%2 gives %n mounts the same source (to give one mount its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).</source>
        <extracomment>%1 RULE or RULE@MODULE, %2 PARAM=VALUE, %n how many mounts take it</extracomment>
        <translation>
            <numerusform>edgeshift-cli: warning: --set %1.%2 gives %n mount the same source (to give one mount its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).</numerusform>
            <numerusform>edgeshift-cli: warning: --set %1.%2 gives %n mounts the same source (to give one mount its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="474"/>
        <source>--set %1.%2: module %3 has %n findings of the rule, and one value cannot be theirs together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check --format json prints it), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE, %2 the parameter, %3 the module, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: module %3 has %n finding of the rule, and one value cannot be theirs together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check --format json prints it), or decide in the EdgeShift window.</numerusform>
            <numerusform>--set %1.%2: module %3 has %n findings of the rule, and one value cannot be theirs together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check --format json prints it), or decide in the EdgeShift window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="482"/>
        <source>--set %1.%2: %n findings have that path, and one value cannot be theirs together; give each its own in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE[PATH], %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: %n finding has that path, and one value cannot be theirs together; give each its own in the EdgeShift window.</numerusform>
            <numerusform>--set %1.%2: %n findings have that path, and one value cannot be theirs together; give each its own in the EdgeShift window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="670"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n change made</numerusform>
            <numerusform>%n changes made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="671"/>
        <source>%n change(s) to make</source>
        <translation>
            <numerusform>%n change to make</numerusform>
            <numerusform>%n changes to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="672"/>
        <source>%n item(s) for you</source>
        <translation>
            <numerusform>%n item for you</numerusform>
            <numerusform>%n items for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="77"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="81"/>
        <source>%n converted file(s) exist already. Replace them?</source>
        <translation>
            <numerusform>%n converted file exists already. Replace it?</numerusform>
            <numerusform>%n converted files exist already. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EdgeShift::BatchSummaryDialog</name>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="94"/>
        <source>Canceled: %1 of %n file(s) converted.</source>
        <translation>
            <numerusform>Canceled: %1 of %n file converted.</numerusform>
            <numerusform>Canceled: %1 of %n files converted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="95"/>
        <source>%1 of %n file(s) converted, each beside its source as &lt;name&gt;.gpu.json.</source>
        <translation>
            <numerusform>%1 of %n file converted, beside its source as &lt;name&gt;.gpu.json.</numerusform>
            <numerusform>%1 of %n files converted, each beside its source as &lt;name&gt;.gpu.json.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EdgeShift::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>%n accepted change(s)</source>
        <translation>
            <numerusform>%n accepted change</numerusform>
            <numerusform>%n accepted changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>%n open for you</source>
        <translation>
            <numerusform>%n open for you</numerusform>
            <numerusform>%n open for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Converting %n file(s)…</source>
        <translation>
            <numerusform>Converting %n file…</numerusform>
            <numerusform>Converting %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EdgeShift::ManifestTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/manifesttreemodel.cpp" line="227"/>
        <source>%1: %2, %n finding(s)</source>
        <translation>
            <numerusform>%1: %2, %n finding</numerusform>
            <numerusform>%1: %2, %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="904"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n change made</numerusform>
            <numerusform>%n changes made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="905"/>
        <source>%n item(s) left for the operator</source>
        <translation>
            <numerusform>%n item left for the operator</numerusform>
            <numerusform>%n items left for the operator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="935"/>
        <source>EdgeShift report: %n manifest(s)</source>
        <translation>
            <numerusform>EdgeShift report: %n manifest</numerusform>
            <numerusform>EdgeShift report: %n manifests</numerusform>
        </translation>
    </message>
</context>
</TS>
