<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BatchConverter</name>
    <message>
        <location filename="../ui/batch.cpp" line="49"/>
        <source>%1 is a converted manifest already; open it to look at it.</source>
        <translation>%1 は既に変換済みのマニフェストです。内容を確認するには開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="54"/>
        <source>%1 exists already and was kept.</source>
        <translation>%1 は既に存在するため、そのまま残しました。</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="68"/>
        <source>%1: too large to convert with the memory this computer has free.</source>
        <translation>%1: このコンピューターの空きメモリでは、大きすぎて変換できません。</translation>
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
        <translation>コマンドとオプションを確認するには、edgeshift-cli --help を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="171"/>
        <source>Converts IoT Edge deployment manifests written for Azure Stack Edge Pro FPGA devices to run on Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).

Commands:
  check INPUT...    list what must change; exit 0 when GPU-ready, 1 when not
  convert INPUT...  write the converted manifests; list what is left for you
  rules             list the rules</source>
        <translation>Azure Stack Edge Pro FPGA デバイス向けに記述された IoT Edge のデプロイ マニフェストを、Azure Stack Edge Pro GPU デバイス (Kubernetes 上の IoT Edge) で実行できるように変換します。

コマンド:
  check INPUT...    変更が必要な箇所を一覧表示します。GPU 対応済みの場合は終了コード 0、そうでない場合は 1 を返します
  convert INPUT...  変換したマニフェストを書き込み、要対応の項目を一覧表示します
  rules             ルールを一覧表示します</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="177"/>
        <source>check, convert or rules</source>
        <translation>check、convert、rules のいずれか</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>Deployment manifests (or createOptions) to read.</source>
        <translation>読み込むデプロイ マニフェスト (または createOptions)。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>INPUT...</source>
        <translation>INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="147"/>
        <source>Write the converted manifest to FILE (&quot;-&quot;: standard output).</source>
        <translation>変換したマニフェストを FILE に書き込みます (&quot;-&quot;: 標準出力)。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="144"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="145"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
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
        <translation>変換した各マニフェストを DIR に書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="149"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="151"/>
        <source>Accept these rules (comma-separated ids, or all).</source>
        <translation>指定したルールを承認します (コンマ区切りのルール ID、または all)。</translation>
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
        <translation>指定したルールを拒否します (コンマ区切りのルール ID、または all)。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="155"/>
        <source>Set a parameter of a rule, optionally for one module or one finding: RULE[@MODULE[[PATH]]].PARAM=VALUE. The rule&apos;s changes (that module&apos;s, that finding) are then accepted, unless --reject names the rule.</source>
        <translation>ルールのパラメーターを設定します。1 つのモジュールまたは 1 つの検出結果だけを対象にすることもできます: RULE[@MODULE[[PATH]]].PARAM=VALUE。--reject でそのルールを指定しない限り、そのルールの変更 (モジュールまたは検出結果を指定した場合はその変更) は承認されます。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="158"/>
        <source>ASSIGNMENT</source>
        <translation>ASSIGNMENT</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="160"/>
        <source>Write a report of the conversion (.html or .md).</source>
        <translation>変換のレポートを書き込みます (.html または .md)。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="161"/>
        <source>Replace output files that exist.</source>
        <translation>既存の出力ファイルを置き換えます。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="165"/>
        <source>Language of messages and reports: en, ja or zh_CN.</source>
        <translation>メッセージとレポートの言語: en、ja、zh_CN のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="165"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="190"/>
        <source>unknown language %1; use en, ja or zh_CN.</source>
        <translation>不明な言語 %1 です。en、ja、zh_CN のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="201"/>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 が複数回指定されています。1 回だけ指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="342"/>
        <source>edgeshift-cli: note: --set %1 gives host port %2, which %3 proposed for module %4; %3 proposes %5 there instead.</source>
        <extracomment>%1 RULE.PARAM=VALUE, %2 the host port, %3 the rule whose proposal moves, %4 its module, %5 the new proposal</extracomment>
        <translation>edgeshift-cli: 注意: --set %1 はホスト ポート %2 を指定します。これは %3 がモジュール %4 に提案していたポートのため、%3 は代わりに %5 を提案します。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="375"/>
        <source>--set %1: write RULE.PARAM=VALUE, RULE@MODULE.PARAM=VALUE or RULE@MODULE[PATH].PARAM=VALUE.</source>
        <translation>--set %1: RULE.PARAM=VALUE、RULE@MODULE.PARAM=VALUE、または RULE@MODULE[PATH].PARAM=VALUE の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="509"/>
        <source>--set %1 (%2, module %3): %4</source>
        <extracomment>%1 RULE.PARAM=VALUE, %2 the file, %3 the module, %4 why the value is refused</extracomment>
        <translation>--set %1 (%2、モジュール %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="517"/>
        <source>edgeshift-cli: warning: --set %1 sets nothing: no input has a finding of %2 to take it.</source>
        <translation>edgeshift-cli: 警告: --set %1 は何も設定しません。%2 の検出結果がある入力はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="672"/>
        <source>%n item(s) for you</source>
        <translation>
            <numerusform>要対応 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="771"/>
        <source>no command given; use check, convert or rules.</source>
        <translation>コマンドが指定されていません。check、convert、rules のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="775"/>
        <source>unknown format %1; use text or json.</source>
        <translation>不明な形式 %1 です。text または json を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="210"/>
        <source>rules takes no input files.</source>
        <translation>rules には入力ファイルを指定できません。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="782"/>
        <source>unknown command %1; use check, convert or rules.</source>
        <translation>不明なコマンド %1 です。check、convert、rules のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="784"/>
        <source>%1 needs at least one input file.</source>
        <translation>%1 には少なくとも 1 つの入力ファイルが必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="240"/>
        <source>--%1 is an option of convert, not of check.</source>
        <translation>--%1 は convert のオプションです。check では使用できません。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="244"/>
        <source>use either -o or --out-dir, not both.</source>
        <translation>-o と --out-dir のどちらか一方だけを使用してください。両方を指定することはできません。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="246"/>
        <source>-o takes one input; use --out-dir for several.</source>
        <translation>-o に指定できる入力は 1 つだけです。複数の入力には --out-dir を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="394"/>
        <source>--set %1: %2 has no parameters.</source>
        <translation>--set %1: %2 にはパラメーターがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="395"/>
        <source>--set %1: %2 has no parameter %3; it has %4.</source>
        <translation>--set %1: %2 にパラメーター %3 はありません。パラメーターは %4 です。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="399"/>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="433"/>
        <source>--set %1@%2.%3: no input has a module named %2.</source>
        <translation>--set %1@%2.%3: %2 という名前のモジュールはどの入力にもありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="466"/>
        <source>--set %1.%2: the value would go to %n findings, and one value cannot be theirs together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE, %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: この値は %n 件の検出結果に適用されますが、1 つの値をそれらすべてに使うことはできません。検出結果が 1 件だけのモジュールを指定する (RULE@MODULE.PARAM=VALUE) か、EdgeShift のウィンドウで決めてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="542"/>
        <source>%1: is a file, not a folder; --out-dir takes a folder.</source>
        <translation>%1: フォルダーではなくファイルです。--out-dir にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="570"/>
        <source>%1: is an input; EdgeShift never writes over its input. Choose another output.</source>
        <translation>%1: 入力ファイルです。EdgeShift が入力ファイルを上書きすることはありません。別の出力先を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="648"/>
        <source>edgeshift-cli: the manifest could not be written to standard output.</source>
        <translation>edgeshift-cli: マニフェストを標準出力に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="669"/>
        <source>not GPU-ready yet</source>
        <translation>まだ GPU 未対応</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="670"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>適用した変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="671"/>
        <source>%n change(s) to make</source>
        <translation>
            <numerusform>必要な変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="686"/>
        <source>to change</source>
        <translation>変更予定</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="248"/>
        <source>-o - writes the manifest to standard output; it cannot be combined with --format json.</source>
        <translation>-o - はマニフェストを標準出力に書き込むため、--format json と組み合わせることはできません。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="260"/>
        <source>the report must be a .html or .md file.</source>
        <translation>レポートは .html または .md ファイルである必要があります。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="290"/>
        <location filename="../app/cli.cpp" line="384"/>
        <source>unknown rule id %1; edgeshift-cli rules lists them.</source>
        <translation>不明なルール ID %1 です。ルール ID の一覧は edgeshift-cli rules で表示できます。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="543"/>
        <source>%1: no such folder; create it first.</source>
        <translation>%1: フォルダーが見つかりません。先にフォルダーを作成してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="574"/>
        <source>%1: two inputs would be written to the same file.</source>
        <translation>%1: 2 つの入力が同じファイルに書き込まれることになります。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="559"/>
        <source>%1: is a folder; give a file name.</source>
        <translation>%1: フォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="364"/>
        <source>--set %1: write RULE@MODULE[PATH].PARAM=VALUE, with the finding&apos;s path as check --format json prints it.</source>
        <translation>--set %1: RULE@MODULE[PATH].PARAM=VALUE の形式で指定してください。PATH は check --format json が出力する検出結果のパスです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="457"/>
        <source>edgeshift-cli: warning: --set %1.%2 gives %n mounts the same source (to give one mount its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).</source>
        <extracomment>%1 RULE or RULE@MODULE, %2 PARAM=VALUE, %n how many mounts take it</extracomment>
        <translation>
            <numerusform>edgeshift-cli: 警告: --set %1.%2 により、%n 個のマウントに同じソースが指定されます (1 つのマウントだけに指定するには、そのパスを指定してください: RULE@MODULE[PATH].PARAM=VALUE)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="474"/>
        <source>--set %1.%2: module %3 has %n findings of the rule, and one value cannot be theirs together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check --format json prints it), or decide in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE, %2 the parameter, %3 the module, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: モジュール %3 にはこのルールの検出結果が %n 件あり、1 つの値をそれらすべてに使うことはできません。パスで 1 つを指定する (RULE@MODULE[PATH].PARAM=VALUE。パスは check --format json が出力するもの) か、EdgeShift のウィンドウで決めてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="482"/>
        <source>--set %1.%2: %n findings have that path, and one value cannot be theirs together; give each its own in the EdgeShift window.</source>
        <extracomment>%1 RULE@MODULE[PATH], %2 the parameter, %n how many findings it would set</extracomment>
        <translation>
            <numerusform>--set %1.%2: そのパスの検出結果が %n 件あり、1 つの値をそれらすべてに使うことはできません。EdgeShift のウィンドウで、それぞれに値を指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="561"/>
        <source>%1: exists already; use --force to replace it.</source>
        <translation>%1: 既に存在します。置き換えるには --force を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="582"/>
        <source>%1: is an input; EdgeShift never writes over its input. Choose another report file.</source>
        <translation>%1: 入力ファイルです。EdgeShift が入力ファイルを上書きすることはありません。別のレポート ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="585"/>
        <source>%1: is also where a converted manifest goes. Choose another report file.</source>
        <translation>%1: 変換したマニフェストの出力先と同じです。別のレポート ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="665"/>
        <source>%1: %2 — %3, %4</source>
        <extracomment>%1 file, %2 GPU-ready or not, %3 &quot;N changes made&quot; (convert) or &quot;N changes to make&quot; (check), %4 &quot;N items for you&quot;</extracomment>
        <translation>%1: %2 — %3、%4</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="667"/>
        <source>GPU-ready</source>
        <translation>GPU 対応済み</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="668"/>
        <source>not GPU-ready</source>
        <translation>GPU 未対応</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="679"/>
        <source>(manifest)</source>
        <translation>(マニフェスト)</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="683"/>
        <source>[%1, %2] %3: %4</source>
        <extracomment>One finding: %1 kind, %2 state, %3 rule id, %4 the finding&apos;s sentence</extracomment>
        <translation>[%1、%2] %3: %4</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="58"/>
        <source>Unsaved Decisions</source>
        <translation>未保存の決定内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="59"/>
        <source>Save the GPU manifest converted from %1 before closing it?</source>
        <translation>閉じる前に、%1 から変換した GPU マニフェストを保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="60"/>
        <source>Your decisions are lost if you do not save them.</source>
        <translation>保存しない場合、決定内容は失われます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="77"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="80"/>
        <source>Files Exist</source>
        <translation>ファイルが既に存在します</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs.cpp" line="81"/>
        <source>%n converted file(s) exist already. Replace them?</source>
        <translation>
            <numerusform>変換後のファイルが既に %n 個存在します。置き換えますか?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="87"/>
        <source>Replace File?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="88"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="95"/>
        <source>Replace the FPGA Manifest?</source>
        <translation>FPGA マニフェストを置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="96"/>
        <source>%1 is the manifest you opened. Replace it with the GPU manifest?</source>
        <translation>%1 は開いているマニフェストです。GPU マニフェストで置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="98"/>
        <source>The FPGA version is lost unless you have a copy.</source>
        <translation>コピーがない場合、FPGA 版は失われます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="105"/>
        <source>Invalid Hand Edit</source>
        <translation>無効な手動編集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="106"/>
        <source>The GPU side of module %1 holds invalid JSON, which cannot be kept. Discard your edit, or go back and correct it?</source>
        <translation>モジュール %1 の GPU 側に無効な JSON が含まれているため、この編集は保持できません。編集を破棄しますか? それとも戻って修正しますか?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="110"/>
        <source>Discard Edit</source>
        <translation>編集を破棄</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="111"/>
        <source>Keep Editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="140"/>
        <source>Open Deployment Manifest</source>
        <translation>デプロイ マニフェストを開く</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="141"/>
        <source>Deployment manifests (*.json);;All files (*)</source>
        <translation>デプロイ マニフェスト (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>EdgeShift::BatchSummaryDialog</name>
    <message>
        <location filename="../ui/batch.cpp" line="89"/>
        <source>Batch Conversion</source>
        <translation>一括変換</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="94"/>
        <source>Canceled: %1 of %n file(s) converted.</source>
        <translation>
            <numerusform>キャンセルしました: %n 個のファイルのうち %1 個を変換しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch.cpp" line="95"/>
        <source>%1 of %n file(s) converted, each beside its source as &lt;name&gt;.gpu.json.</source>
        <translation>
            <numerusform>%n 個のファイルのうち %1 個を変換しました。変換後のファイルは、それぞれ元のファイルと同じフォルダーに &lt;name&gt;.gpu.json として保存されています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Changes made</source>
        <translation>適用した変更</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="98"/>
        <source>Left for you</source>
        <translation>要対応の項目</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="116"/>
        <source>Converted, GPU-ready</source>
        <translation>変換済み (GPU 対応済み)</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="116"/>
        <source>Converted, needs you</source>
        <translation>変換済み (要対応)</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="119"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="122"/>
        <source>Not converted</source>
        <translation>未変換</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="125"/>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/batch.cpp" line="142"/>
        <source>Open in Window</source>
        <translation>ウィンドウで開く</translation>
    </message>
</context>
<context>
    <name>EdgeShift::DiffView</name>
    <message>
        <location filename="../ui/diffview.cpp" line="230"/>
        <source>FPGA (original)</source>
        <translation>FPGA (変換元)</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="231"/>
        <source>GPU (result)</source>
        <translation>GPU (変換結果)</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="243"/>
        <source>Select a module to see its createOptions.</source>
        <translation>モジュールを選択すると、その createOptions が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="262"/>
        <source>GPU (result): %1</source>
        <translation>GPU (変換結果): %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="263"/>
        <source>FPGA (original): %1</source>
        <translation>FPGA (変換元): %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="319"/>
        <source>FPGA (original): route %1</source>
        <extracomment>%1 a route&apos;s name</extracomment>
        <translation>FPGA (変換元): ルート %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="321"/>
        <source>GPU (result): route %1</source>
        <extracomment>%1 a route&apos;s name</extracomment>
        <translation>GPU (変換結果): ルート %1</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="329"/>
        <source>The route stays as it is.</source>
        <translation>このルートは変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="330"/>
        <source>The route follows the modules renamed; it is not edited here.</source>
        <translation>このルートは名前が変更されたモジュールに合わせて変わります。ここでは編集できません。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="451"/>
        <source>The GPU side is edited by hand; the rules no longer change this module&apos;s createOptions.</source>
        <translation>GPU 側は手動で編集されています。このモジュールの createOptions はルールによって変更されなくなります。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="452"/>
        <source>You can edit the GPU side by hand.</source>
        <translation>GPU 側は手動で編集できます。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="453"/>
        <source>Revert Hand Edit</source>
        <translation>手動編集を元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="273"/>
        <source>The rest of the module (env, image, …) changes too:</source>
        <translation>モジュールのその他の部分 (env、イメージなど) も変更されます:</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="384"/>
        <source>The GPU side must be a JSON object.</source>
        <translation>GPU 側は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="388"/>
        <source>A hidden secret (%1) was changed or moved, so it cannot be put back. Restore it as it was, or change the secret in the file itself.</source>
        <translation>非表示のシークレット (%1) が変更または移動されたため、元に戻せません。元のとおりに戻すか、ファイル自体でシークレットを変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/diffview.cpp" line="431"/>
        <source>Discard Edit</source>
        <translation>編集を破棄</translation>
    </message>
</context>
<context>
    <name>EdgeShift::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="139"/>
        <source>Accept &quot;%1&quot;</source>
        <translation>「%1」の承認</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="139"/>
        <source>Reject &quot;%1&quot;</source>
        <translation>「%1」の拒否</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="141"/>
        <source>Accept &quot;%1&quot; in %2</source>
        <extracomment>%1 a rule&apos;s title, %2 the module</extracomment>
        <translation>%2 の「%1」の承認</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="141"/>
        <source>Reject &quot;%1&quot; in %2</source>
        <translation>%2 の「%1」の拒否</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="151"/>
        <source>Accept &quot;%1&quot; everywhere</source>
        <translation>「%1」の一括承認</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="151"/>
        <source>Reject &quot;%1&quot; everywhere</source>
        <translation>「%1」の一括拒否</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="190"/>
        <source>Set %1 to %2 in %3</source>
        <extracomment>%1 a parameter&apos;s label (&quot;GPU count&quot;), %2 its value, %3 the module</extracomment>
        <translation>%3 の「%1」を %2 に設定</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="204"/>
        <source>Edit %1 by hand</source>
        <translation>%1 の手動編集</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="216"/>
        <source>Revert the hand edit of %1</source>
        <translation>%1 の手動編集の取り消し</translation>
    </message>
</context>
<context>
    <name>EdgeShift::FindingDetails</name>
    <message>
        <location filename="../ui/findingdetails.cpp" line="117"/>
        <source>Select a finding to see what it changes and why.</source>
        <translation>検出結果を選択すると、その変更内容と理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="126"/>
        <source>%1 (%2, %3)</source>
        <extracomment>the finding&apos;s title: %1 the rule&apos;s title, %2 its id, %3 its kind (&quot;fix&quot;)</extracomment>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="131"/>
        <source>From the article, section &quot;%1&quot;.</source>
        <extracomment>%1 is a section of the Microsoft article EdgeShift implements</extracomment>
        <translation>出典: 記事の「%1」セクション。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="133"/>
        <source>EdgeShift&apos;s own check: the article does not cover it.</source>
        <translation>EdgeShift 独自のチェックです。記事では扱われていません。</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="165"/>
        <source>bind (a host path on the node)</source>
        <translation>bind (ノード上のホスト パス)</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="166"/>
        <source>volume (a share or persistent volume)</source>
        <translation>volume (共有または永続ボリューム)</translation>
    </message>
    <message>
        <location filename="../ui/findingdetails.cpp" line="176"/>
        <source>registry/repository:tag</source>
        <translation>レジストリ/リポジトリ:タグ</translation>
    </message>
</context>
<context>
    <name>EdgeShift::FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="106"/>
        <source>Accept or reject this change</source>
        <translation>この変更を承認または拒否します</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="107"/>
        <source>Nothing to accept: this is for you to read or to do</source>
        <translation>承認する項目はありません。確認または対応が必要な内容です</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="167"/>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="169"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="171"/>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="173"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>EdgeShift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>About EdgeShift</source>
        <translation>EdgeShift のバージョン情報</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>&lt;h3&gt;EdgeShift %1&lt;/h3&gt;&lt;p&gt;Moves IoT Edge modules from Azure Stack Edge Pro FPGA devices (IoT Edge on Docker) to Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).&lt;/p&gt;&lt;p&gt;It implements the Microsoft article &lt;i&gt;Run existing IoT Edge modules from Azure Stack Edge Pro FPGA devices on Azure Stack Edge Pro GPU device&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Languages: English, 日本語, 简体中文.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdgeShift %1&lt;/h3&gt;&lt;p&gt;IoT Edge モジュールを Azure Stack Edge Pro FPGA デバイス (Docker 上の IoT Edge) から Azure Stack Edge Pro GPU デバイス (Kubernetes 上の IoT Edge) に移行します。&lt;/p&gt;&lt;p&gt;Microsoft の記事「&lt;i&gt;Azure Stack Edge Pro FPGA デバイスの既存の IoT Edge モジュールを Azure Stack Edge Pro GPU デバイスで実行する&lt;/i&gt;」の内容を実装しています。&lt;/p&gt;&lt;p&gt;言語: English、日本語、简体中文&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Save GPU Manifest As…</source>
        <translation>GPU マニフェストに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&amp;Export Report…</source>
        <translation>レポートのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Only Modules &amp;Needing Attention</source>
        <translation>要対応のモジュールのみ表示(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Rules</source>
        <translation>ルール(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>&amp;About EdgeShift</source>
        <translation>EdgeShift のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Only modules needing attention</source>
        <translation>要対応のモジュールのみ表示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&lt;h2&gt;EdgeShift&lt;/h2&gt;&lt;p&gt;Drop a deployment manifest written for an Azure Stack Edge Pro FPGA device here, or open one with File → Open.&lt;/p&gt;&lt;p&gt;Drop several files at once to convert them all with the rules&apos; defaults.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EdgeShift&lt;/h2&gt;&lt;p&gt;Azure Stack Edge Pro FPGA デバイス向けに記述されたデプロイ マニフェストをここにドロップするか、[ファイル] → [開く] で開いてください。&lt;/p&gt;&lt;p&gt;複数のファイルを一度にドロップすると、ルールの既定値ですべてのファイルを変換します。&lt;/p&gt;</translation>
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
        <translation>先に GPU 側の手動編集を修正するか破棄してください。有効な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Applying the decisions…</source>
        <translation>決定内容を適用しています…</translation>
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
            <numerusform>拒否済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>%n accepted change(s)</source>
        <translation>
            <numerusform>承認済みの変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>%n open for you</source>
        <translation>
            <numerusform>要対応 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>GPU-ready</source>
        <translation>GPU 対応済み</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>not GPU-ready yet</source>
        <translation>GPU 未対応</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Still opening %1: open the next file once it is open.</source>
        <extracomment>%1 is the file being opened</extracomment>
        <translation>%1 を開いています。開き終わってから次のファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>Cannot Open the Manifest</source>
        <translation>マニフェストを開けません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Cannot Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>The GPU side holds invalid JSON. Correct it or discard the edit, then save.</source>
        <translation>GPU 側に無効な JSON が含まれています。JSON を修正するか編集を破棄してから、保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Save GPU Manifest</source>
        <translation>GPU マニフェストの保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Deployment manifests (*.json)</source>
        <translation>デプロイ マニフェスト (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>Cannot Save the GPU Manifest</source>
        <translation>GPU マニフェストを保存できません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>%1
The previous file, if any, is unchanged.</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>%1
既存のファイルがある場合、そのファイルは変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <source>Cannot Export the Report</source>
        <translation>レポートをエクスポートできません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Nothing to Open</source>
        <translation>開くファイルがありません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Only files on this computer can be dropped here.</source>
        <translation>ここにドロップできるのは、このコンピューター上のファイルだけです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Converting %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを変換しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>EdgeShift::ManifestTreeModel</name>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="192"/>
        <source>System modules</source>
        <translation>システム モジュール</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="194"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="196"/>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="198"/>
        <source>Module twins</source>
        <translation>モジュール ツイン</translation>
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
            <numerusform>%1: %2、検出結果 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="241"/>
        <source>%1: %2</source>
        <extracomment>A route in the manifest tree: %1 its name, %2 the route itself</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="256"/>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <location filename="../ui/manifesttreemodel.cpp" line="258"/>
        <source>Findings</source>
        <extracomment>Column of the manifest tree: how many findings a module has</extracomment>
        <translation>検出結果</translation>
    </message>
</context>
<context>
    <name>EdgeShift::RulesModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="303"/>
        <source>Everywhere</source>
        <translation>一括承認</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="305"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="307"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="309"/>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <location filename="../ui/fileio.cpp" line="24"/>
        <source>%1: no such file.</source>
        <translation>%1: ファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="28"/>
        <source>%1: is a folder, not a manifest file.</source>
        <translation>%1: フォルダーです。マニフェスト ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="33"/>
        <location filename="../ui/fileio.cpp" line="51"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="67"/>
        <source>%1: too large to open with the memory this computer has free.</source>
        <translation>%1: このコンピューターの空きメモリでは、大きすぎて開けません。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="69"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="240"/>
        <location filename="../ui/fileio.cpp" line="256"/>
        <location filename="../ui/fileio.cpp" line="292"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="253"/>
        <source>%1: the folder %2 does not exist; create it first, or choose another.</source>
        <translation>%1: フォルダー %2 が存在しません。先に作成するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/fileio.cpp" line="161"/>
        <source>%1: can no longer be read, to be copied unchanged: %2</source>
        <translation>%1: 変更なしでコピーするために再度読み取ろうとしましたが、読み取れなくなりました: %2</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../ui/messages.cpp" line="164"/>
        <source>The bind of the Edge share %1 to %2 becomes a volume mount of the share %3.</source>
        <translation>Edge 共有 %1 から %2 へのバインドは、共有 %3 のボリューム マウントになります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="165"/>
        <source>The bind of %1 to %2 becomes a mount of the volume %3.</source>
        <translation>%1 から %2 へのバインドは、ボリューム %3 のマウントになります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="167"/>
        <source>The bind of the host path %1 to %2 becomes a mount of type bind.</source>
        <translation>ホスト パス %1 から %2 へのバインドは、種類が bind のマウントになります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="169"/>
        <source>The bind of %1 (a placeholder the deployment fills in) to %2 becomes a mount of type bind; the placeholder is kept.</source>
        <translation>%1 (デプロイ時に値が入るプレースホルダー) から %2 へのバインドは、種類が bind のマウントになります。プレースホルダーはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="173"/>
        <source>The bind of %1 to %2 becomes a mount of type bind of the host path %3.</source>
        <translation>%1 から %2 へのバインドは、種類が bind でホスト パスが %3 のマウントになります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="189"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. Mount %2 at %4 (the module then finds %3 one level down), or provision %3 as a share of its own.</source>
        <translation>%1 は Edge 共有 %2 内のフォルダーですが、ボリューム マウントでは共有全体がマウントされます。%2 を %4 にマウントする (この場合、モジュールからは %3 が 1 つ下の階層に見えます) か、%3 を独立した共有としてプロビジョニングしてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="201"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and another folder is mounted at %2&apos;s folder too (Kubernetes refuses two mounts at one path): bind the files there from one folder, or build what they provide into the image.</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能しますが、%2 のフォルダーには別のフォルダーもマウントされます (Kubernetes では 1 つのパスに 2 つのマウントはできません)。そこにバインドするファイルを 1 つのフォルダーにまとめるか、ファイルの内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="197"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the directory %3 at %4 (what the image keeps in %4 is hidden then).</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能します。提案: ディレクトリ %3 を %4 にマウントします (その場合、イメージが %4 に保持している内容は隠れます)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="175"/>
        <source>The bind mount of the Edge share %1 at %2 becomes a volume mount of the share %3: the GPU device has no %1.</source>
        <translation>%2 にある Edge 共有 %1 のバインド マウントは、共有 %3 のボリューム マウントになります。GPU デバイスには %1 がありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="179"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share, and %2 is mounted at %5 already (as written or as proposed): Kubernetes refuses a second volume of one name. Reach %3 through that mount (at %5/%3), or provision %3 as a share of its own.</source>
        <translation>%1 は Edge 共有 %2 内のフォルダーですが、ボリューム マウントでは共有全体がマウントされます。また、%2 は既に %5 にマウントされています (記述どおり、または提案により)。Kubernetes は同じ名前の 2 つ目のボリュームを拒否します。%3 にはそのマウントからアクセスする (%5/%3) か、%3 を独立した共有としてプロビジョニングしてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="184"/>
        <source>%1 is the folder where the FPGA device mounts all its Edge shares; the GPU device has none, and a volume mount takes one share. Mount each share the module uses as a volume of its own, at %4/&lt;share&gt; if that is where the module looks.</source>
        <translation>%1 は、FPGA デバイスがすべての Edge 共有をマウントするフォルダーです。GPU デバイスにはこのフォルダーがなく、ボリューム マウントでは 1 つの共有がマウントされます。モジュールが使用する各共有をそれぞれ独立したボリュームとしてマウントしてください (モジュールが %4/&lt;共有&gt; を参照する場合は、そこにマウントします)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="193"/>
        <source>%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. The share %5 is mounted at %4 instead: provision it on the GPU device with what %3 holds.</source>
        <translation>%1 は Edge 共有 %2 内のフォルダーですが、ボリューム マウントでは共有全体がマウントされます。代わりに共有 %5 を %4 にマウントします。GPU デバイスで %5 をプロビジョニングし、%3 の内容を格納してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="206"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds it, at %4 would make a second volume named %6, which is mounted at %5 too (as written or as proposed): Kubernetes refuses two volumes of one name. Reach the file through the mount at %5, or build what it provides into the image.</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能します。また、ファイルを含む %3 を %4 にマウントすると、%6 という名前の 2 つ目のボリュームが作成されますが、このボリュームは %5 にもマウントされています (記述どおり、または提案どおり)。Kubernetes は同じ名前の 2 つのボリュームを拒否します。%5 のマウントを通じてファイルにアクセスするか、ファイルが提供する内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="212"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds it, at %4 would make a volume named %6, the name of the volume mounted at %5 too: Kubernetes refuses two volumes of one name. Rename a folder or a share, or build what the file provides into the image.</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能します。また、ファイルを含む %3 を %4 にマウントすると %6 という名前のボリュームが作成されますが、これは %5 にマウントされているボリュームと同じ名前です。Kubernetes は同じ名前の 2 つのボリュームを拒否します。フォルダーまたは共有の名前を変更するか、ファイルが提供する内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="217"/>
        <source>%1 → %2 binds a file under another name; on Kubernetes bind mounts work for directories only, and the folder %3 mounted at %4 would show the file under its own name. Keep it in a folder under the name the module reads, and mount that folder, or build what it provides into the image.</source>
        <translation>%1 → %2 はファイルを別の名前でバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能しますが、フォルダー %3 を %4 にマウントすると、ファイルは元の名前で表示されます。モジュールが読み込む名前でファイルをフォルダーに置き、そのフォルダーをマウントするか、ファイルが提供する内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="222"/>
        <source>%1 → %2 binds the node&apos;s time zone file; on Kubernetes bind mounts work for directories only, and mounting the folder %4 instead would hide the container&apos;s own %4. Proposal: drop the mount, and give the module its time zone in the TZ environment variable (TZ=Asia/Tokyo, say) if it needs one.</source>
        <translation>%1 → %2 はノードのタイム ゾーン ファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能し、代わりにフォルダー %4 をマウントすると、コンテナー自身の %4 が隠れてしまいます。提案: このマウントを削除します。モジュールにタイム ゾーンが必要な場合は、環境変数 TZ で指定してください (例: TZ=Asia/Tokyo)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="227"/>
        <source>%1 → %2 binds a socket of the node; on Kubernetes bind mounts work for directories only, and no folder can bring it. Proposal: drop the mount (a module that talks to a service of the node through it, such as Docker, must do without it on the GPU device).</source>
        <translation>%1 → %2 はノードのソケットをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能し、フォルダーでソケットを提供することはできません。提案: このマウントを削除します (このソケットを通じて Docker などのノードのサービスと通信するモジュールは、GPU デバイスではソケットなしで動作する必要があります)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="232"/>
        <source>%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only. The module is privileged (Privileged, which Kubernetes keeps), and so sees the node&apos;s devices in its /dev without the mount. Proposal: drop the mount; the module finds the device at %1.</source>
        <translation>%1 → %2 はノードのデバイスをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能します。このモジュールは特権モード (Kubernetes に引き継がれる Privileged) で実行されるため、マウントがなくても自身の /dev でノードのデバイスを参照できます。提案: このマウントを削除します。モジュールはデバイスを %1 で参照できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="237"/>
        <source>%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only, and only a privileged module can use the node&apos;s devices (HostConfig.Privileged true, which Kubernetes keeps): it then sees them all in its /dev, this one at %1. Proposal: drop the mount, and make the module privileged if it uses the device.</source>
        <translation>%1 → %2 はノードのデバイスをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能し、ノードのデバイスを使用できるのは特権モードのモジュール (Kubernetes に引き継がれる HostConfig.Privileged true) だけです。特権モードのモジュールは、自身の /dev ですべてのデバイスを参照でき、このデバイスは %1 にあります。提案: このマウントを削除し、モジュールがこのデバイスを使用する場合は特権モードにします。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="243"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the Edge share %3 as a volume at %4 (what the image keeps in %4 is hidden then).</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能します。提案: Edge 共有 %3 をボリュームとして %4 にマウントします (その場合、イメージが %4 に保持している内容は隠れます)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="247"/>
        <source>%1 → %2 binds a file in the folder %4 of the Edge share %3; on Kubernetes bind mounts work for directories only, and a volume mount takes a whole share. Provision %4 as a share of its own and mount it, or build what the file provides into the image.</source>
        <translation>%1 → %2 は Edge 共有 %3 のフォルダー %4 内のファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能し、ボリューム マウントでは共有全体がマウントされます。%4 を独立した共有としてプロビジョニングしてマウントするか、ファイルの内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="252"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and %1 is in no folder of its own on the node: move it into one and mount that, or build what it provides into the image.</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能しますが、%1 はノード上で専用のフォルダーにありません。ファイルをフォルダーに移してそのフォルダーをマウントするか、ファイルの内容をイメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="256"/>
        <source>%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting the folder %4 instead would hide the container&apos;s own %4. Proposal: drop the mount (if the module needs what the file provides, build it into the image).</source>
        <translation>%1 → %2 はファイルをバインドしています。Kubernetes では、バインド マウントはディレクトリに対してのみ機能し、代わりにフォルダー %4 をマウントすると、コンテナー自身の %4 が隠れてしまいます。提案: このマウントを削除します (ファイルが提供する内容がモジュールに必要な場合は、イメージに組み込んでください)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="261"/>
        <source>The sources %2 become one Kubernetes volume name, %1. Rename a share or a folder.</source>
        <translation>ソース %2 は、同じ 1 つの Kubernetes ボリューム名 %1 になります。共有またはフォルダーの名前を変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="264"/>
        <source>%2 is mounted more than once (at %3): each mount becomes a Kubernetes volume named %1, and Kubernetes refuses two volumes of one name. Mount it once, and reach the other paths from there.</source>
        <translation>%2 が複数回マウントされています (%3)。マウントごとに %1 という名前の Kubernetes ボリュームが作成されますが、Kubernetes は同じ名前の 2 つのボリュームを拒否します。1 回だけマウントし、他のパスにはそこからアクセスしてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="268"/>
        <source>As the changes are decided, the sources %2 (mounted at %3) become one Kubernetes volume name, %1, and Kubernetes refuses two volumes of one name. Give a mount another source, or reject a change that makes one of them.</source>
        <translation>変更の決定内容により、ソース %2 (マウント先: %3) は同じ 1 つの Kubernetes ボリューム名 %1 になり、Kubernetes は同じ名前の 2 つのボリュームを拒否します。いずれかのマウントに別のソースを指定するか、それらのマウントを作成する変更のいずれかを拒否してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="273"/>
        <source>As the changes are decided, %2 is mounted more than once (at %3): each mount becomes a Kubernetes volume named %1, and Kubernetes refuses two volumes of one name. Give a mount another source, or reject a change that makes one of them.</source>
        <translation>変更の決定内容により、%2 が複数回マウントされます (%3)。マウントごとに %1 という名前の Kubernetes ボリュームが作成されますが、Kubernetes は同じ名前の 2 つのボリュームを拒否します。いずれかのマウントに別のソースを指定するか、それらのマウントを作成する変更のいずれかを拒否してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="278"/>
        <source>Port %1 has no HostPort; add host port %2 so that the service can be reached.</source>
        <translation>ポート %1 に HostPort がありません。サービスにアクセスできるように、ホスト ポート %2 を追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="280"/>
        <source>Port %1 has no HostPort; add one so that the service can be reached. Port %3 is used by the IoT Edge proxy on Kubernetes, so host port %2 is proposed.</source>
        <translation>ポート %1 に HostPort がありません。サービスにアクセスできるように追加してください。ポート %3 は Kubernetes 上の IoT Edge プロキシが使用するため、ホスト ポート %2 を提案します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="284"/>
        <source>Port %1 has no HostPort; add one so that the service can be reached. Another port of the module has host port %3 already (the module&apos;s Kubernetes service takes each port once), so host port %2 is proposed.</source>
        <translation>ポート %1 に HostPort がありません。サービスにアクセスできるように追加してください。ホスト ポート %3 はこのモジュールの別のポートが既に使用しているため (モジュールの Kubernetes サービスでは各ポートを 1 回しか使用できません)、ホスト ポート %2 を提案します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="289"/>
        <source>UDP ports (%1) are mapped together with TCP ports (%2); UDP will not work. Split the module or drop one protocol.</source>
        <translation>UDP ポート (%1) が TCP ポート (%2) と一緒にマップされているため、UDP は機能しません。モジュールを分割するか、一方のプロトコルを削除してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="293"/>
        <source>Host port %2 of %1 is used by the IoT Edge proxy on Kubernetes; use host port %3 instead.</source>
        <translation>%1 のホスト ポート %2 は、Kubernetes 上の IoT Edge プロキシで使用されます。代わりにホスト ポート %3 を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="296"/>
        <source>Port %2 on the host network is used by the IoT Edge proxy on Kubernetes; the module must not listen on it.</source>
        <translation>ホスト ネットワーク上のポート %2 は、Kubernetes 上の IoT Edge プロキシで使用されます。モジュールはこのポートでリッスンしないようにする必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="300"/>
        <source>%1 uses the host network, which works with dnsPolicy = ClusterFirstWithHostNet. Not every container (edgeHub in particular) needs it.</source>
        <translation>%1 はホスト ネットワークを使用しています。ホスト ネットワークは dnsPolicy = ClusterFirstWithHostNet で動作します。すべてのコンテナー (特に edgeHub) がホスト ネットワークを必要とするわけではありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="304"/>
        <source>%1 addresses %2 on container port %3; module-to-module traffic must use the host port %4 that %2 maps it to.</source>
        <translation>%1 はコンテナー ポート %3 で %2 にアクセスしています。モジュール間通信では、%2 がこのポートをマップしているホスト ポート %4 を使用する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="308"/>
        <source>%1 addresses %2 on port %3, which, as the other changes are decided, is also the host port %2 has for it: nothing to change.</source>
        <translation>%1 はポート %3 で %2 にアクセスしています。ほかの変更の決定内容では、このポートは %2 のホスト ポートでもあるため、変更は必要ありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="312"/>
        <source>%1 addresses %2 on port %3, which is also the host port %2 gets for it (expose-hostport); should you give it another host port, module-to-module traffic must use that one.</source>
        <translation>%1 はポート %3 で %2 にアクセスしています。このポートは、%2 に割り当てられるホスト ポートでもあります (expose-hostport)。別のホスト ポートを指定する場合は、モジュール間通信でそのポートを使用する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="316"/>
        <source>%1 addresses %2 on port %3, which the IoT Edge proxy reserves; once %2 maps it to host port %4 (reserved-ports), module-to-module traffic must use that port.</source>
        <translation>%1 はポート %3 で %2 にアクセスしていますが、このポートは IoT Edge プロキシが予約しています。%2 がこのポートをホスト ポート %4 にマップすると (reserved-ports)、モジュール間通信ではそのポートを使用する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="320"/>
        <source>The module exposes %1. If only modules in the cluster use it, restrict the service to the cluster (serviceOptions type ClusterIP).</source>
        <translation>このモジュールは %1 を公開しています。クラスター内のモジュールだけが使用する場合は、サービスの公開をクラスターのみに限定してください (serviceOptions type ClusterIP)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="324"/>
        <source>The module binds %2 to the loopback address, where on Docker no other machine reaches it. IoT Edge on Kubernetes drops HostIp and makes a Service of the port that can be reached from outside the device: to keep it for modules in the cluster, restrict the service to the cluster (serviceOptions type ClusterIP).</source>
        <translation>このモジュールは %2 をループバック アドレスにバインドしており、Docker では他のマシンからアクセスできません。Kubernetes 上の IoT Edge は HostIp を無視し、このポートをデバイスの外部からアクセスできる Service にします。クラスター内のモジュール専用にしておくには、サービスの公開をクラスターのみに限定してください (serviceOptions type ClusterIP)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="330"/>
        <source>edgeHub exposes %1 for the devices that connect to it. Restricting its service to the cluster (serviceOptions type ClusterIP) cuts off those outside the cluster, such as a gateway&apos;s downstream devices: do it only when none connect from outside.</source>
        <translation>edgeHub は、接続するデバイスのために %1 を公開しています。サービスの公開をクラスターのみに限定すると (serviceOptions type ClusterIP)、ゲートウェイのダウンストリーム デバイスなど、クラスター外のデバイスが接続できなくなります。外部から接続するデバイスがない場合にのみ限定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="335"/>
        <source>The module requests the FPGA (microsoft.com/fpga_catapult); request nvidia.com/gpu: %1 instead.</source>
        <translation>このモジュールは FPGA (microsoft.com/fpga_catapult) を要求しています。代わりに nvidia.com/gpu: %1 を要求してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="338"/>
        <source>The module binds FPGA devices; request nvidia.com/gpu: %1 instead.</source>
        <translation>このモジュールは FPGA デバイスをバインドしています。代わりに nvidia.com/gpu: %1 を要求してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="340"/>
        <source>The FPGA device bindings (%1) are removed: the GPU is requested through resources.</source>
        <translation>FPGA デバイスのバインド (%1) は削除されます。GPU はリソースを通じて要求されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="343"/>
        <source>The image %1 is built for the FPGA and will not use the GPU. Give the image of the GPU build.</source>
        <translation>イメージ %1 は FPGA 用にビルドされているため、GPU を使用しません。GPU 用にビルドされたイメージを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="346"/>
        <source>The image %1 is built for the FPGA and will not use the GPU. GPU build given: %2.</source>
        <translation>イメージ %1 は FPGA 用にビルドされているため、GPU を使用しません。指定された GPU 用のイメージ: %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="349"/>
        <source>The module asks for the FPGA, so its image %1 is most likely built for it and will not use the GPU. Give the image of the GPU build (the same one, if it runs on a GPU too).</source>
        <translation>このモジュールは FPGA を要求しているため、イメージ %1 は FPGA 用にビルドされている可能性が高く、GPU を使用しません。GPU 用ビルドのイメージを指定してください (GPU でも動作する場合は同じイメージ)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="353"/>
        <source>The module asked for the FPGA with the image %1. GPU build given: %2.</source>
        <translation>このモジュールはイメージ %1 で FPGA を要求していました。指定された GPU 用のイメージ: %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="355"/>
        <source>Runtime nvidia asks Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation>Runtime nvidia は Docker に GPU を要求するものですが、Kubernetes では無視されます。代わりに nvidia.com/gpu: %1 を要求してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="358"/>
        <source>Docker&apos;s GPU request (%2) is removed: Kubernetes ignores it, and the GPU count comes from the module&apos;s FPGA request (fpga-to-gpu).</source>
        <translation>Docker への GPU の要求 (%2) は削除されます。Kubernetes ではこれは無視され、GPU の数はモジュールの FPGA の要求 (fpga-to-gpu) から決まります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="362"/>
        <source>Docker&apos;s GPU request (%2) is removed: Kubernetes ignores it, and the module asks Kubernetes for nvidia.com/gpu already.</source>
        <translation>Docker への GPU の要求 (%2) は削除されます。Kubernetes ではこれは無視され、モジュールはすでに Kubernetes に nvidia.com/gpu を要求しています。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="366"/>
        <source>Runtime nvidia and DeviceRequests ask Docker for a GPU, which Kubernetes ignores; both are removed, and nvidia.com/gpu: %1 is requested instead.</source>
        <translation>Runtime nvidia と DeviceRequests は Docker に GPU を要求するものですが、Kubernetes では無視されます。両方とも削除され、代わりに nvidia.com/gpu: %1 が要求されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="370"/>
        <source>DeviceRequests ask Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.</source>
        <translation>DeviceRequests は Docker に GPU を要求するものですが、Kubernetes では無視されます。代わりに nvidia.com/gpu: %1 を要求してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="373"/>
        <source>WIRESERVER_ADDRESS (%1) is removed: the GPU device needs no wire server.</source>
        <translation>WIRESERVER_ADDRESS (%1) は削除されます。GPU デバイスでは wireserver を指定する必要はありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="375"/>
        <source>WIRESERVER_ADDRESS is removed: the GPU device needs no wire server.</source>
        <translation>WIRESERVER_ADDRESS は削除されます。GPU デバイスでは wireserver を指定する必要はありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="377"/>
        <source>No memory and CPU limits are set; setting them is recommended: memory %1, CPU %2.</source>
        <translation>メモリと CPU の制限が設定されていません。設定することをお勧めします: メモリ %1、CPU %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="380"/>
        <source>No memory and CPU limits are set; setting them is recommended. Memory %1 and CPU %2 are the article&apos;s example: a module that runs a model on the GPU likely needs more memory, and one above its limit is stopped. Give values for this module.</source>
        <translation>メモリと CPU の制限が設定されていません。設定することをお勧めします。メモリ %1 と CPU %2 は記事の例です。GPU でモデルを実行するモジュールにはより多くのメモリが必要になる可能性が高く、制限を超えたモジュールは停止されます。このモジュールに合った値を指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="385"/>
        <source>No memory limit is set; setting one is recommended: memory %1.</source>
        <translation>メモリの制限が設定されていません。設定することをお勧めします: メモリ %1。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="386"/>
        <source>No CPU limit is set; setting one is recommended: CPU %2.</source>
        <translation>CPU の制限が設定されていません。設定することをお勧めします: CPU %2。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="388"/>
        <source>The module shares memory (%1). Shared memory between modules needs host IPC mode (IpcMode host) on Kubernetes.</source>
        <translation>このモジュールはメモリを共有しています (%1)。Kubernetes でモジュール間の共有メモリを使用するには、ホスト IPC モード (IpcMode host) が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="392"/>
        <source>The module shares memory (%1) in host IPC mode, which works on Kubernetes too; the modules it shares memory with need IpcMode host as well.</source>
        <translation>このモジュールはホスト IPC モードでメモリを共有しています (%1)。これは Kubernetes でも機能します。メモリを共有する相手のモジュールにも IpcMode host が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="395"/>
        <source>%1 uses https_proxy without no_proxy; add no_proxy=localhost.</source>
        <translation>%1 は no_proxy を指定せずに https_proxy を使用しています。no_proxy=localhost を追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="397"/>
        <source>edgeHub uses a web proxy; if the proxy does not allow AMQP traffic, set UpstreamProtocol to AmqpWs.</source>
        <translation>edgeHub は Web プロキシを使用しています。Web プロキシで AMQP トラフィックが許可されていない場合は、UpstreamProtocol を AmqpWs に設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="400"/>
        <source>The module uses a hardware accelerator; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation>このモジュールはハードウェア アクセラレータを使用しています。ローリング アップデートでは、更新されたモジュールが起動しません。Recreate 戦略を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="404"/>
        <source>The module uses host ports; with a rolling update the updated module would not start. Use the Recreate strategy.</source>
        <translation>このモジュールはホスト ポートを使用しています。ローリング アップデートでは、更新されたモジュールが起動しません。Recreate 戦略を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="408"/>
        <source>The module exposes ports, which get host ports on the GPU device (expose-hostport); with a rolling update the updated module would not start. Use the Recreate strategy (not needed if you reject expose-hostport).</source>
        <translation>このモジュールは公開ポートを持ち、GPU デバイスではそれらにホスト ポートが割り当てられます (expose-hostport)。ローリング アップデートでは、更新されたモジュールが起動しません。Recreate 戦略を使用してください (expose-hostport を拒否する場合は不要です)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="413"/>
        <source>The module uses persistent volumes; a rolling update can have unexpected effects. Use the Recreate strategy.</source>
        <translation>このモジュールは永続ボリュームを使用しています。ローリング アップデートでは、予期しない影響が発生するおそれがあります。Recreate 戦略を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="417"/>
        <source>As the other changes are decided, the module holds no accelerator, host port or persistent volume on Kubernetes, and needs no particular strategy; should that change, the Recreate strategy is set.</source>
        <translation>ほかの変更の決定内容では、このモジュールは Kubernetes 上でハードウェア アクセラレータ、ホスト ポート、永続ボリュームのいずれも使用しないため、特定の戦略は必要ありません。これが変わった場合は、Recreate 戦略が設定されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="421"/>
        <source>The module mounts host folders, which need no particular strategy. Should one of them become a volume (the mount type of binds-to-mounts, or share-subfolder&apos;s proposal), a rolling update can have unexpected effects: the Recreate strategy is then set.</source>
        <translation>このモジュールはホストのフォルダーをマウントしています。この場合、特定の戦略は必要ありません。いずれかがボリュームになる場合 (binds-to-mounts のマウントの種類、または share-subfolder の提案) は、ローリング アップデートで予期しない影響が発生するおそれがあるため、Recreate 戦略が設定されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="426"/>
        <source>%1 is not a valid Kubernetes name; it is renamed to %2 everywhere in this manifest. Whatever calls the module by name from outside it (direct methods, other deployments) must use the new name too.</source>
        <translation>%1 は有効な Kubernetes 名ではありません。このマニフェスト内のすべての箇所で %2 に名前が変更されます。マニフェストの外からモジュールを名前で呼び出すもの (ダイレクト メソッド、他のデプロイ) も、新しい名前を使用する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="430"/>
        <source>%1 would become %3, which another module already has; choose another name, such as %2.</source>
        <translation>%1 は %3 になりますが、この名前は既に別のモジュールで使用されています。%2 などの別の名前を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="432"/>
        <source>%1 cannot be renamed to %2: another module has that name.</source>
        <translation>%1 の名前を %2 に変更できません。この名前は別のモジュールで使用されています。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="434"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes. It can be removed; build what it did into the image.</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれません。このオプションは削除できます。オプションで行っていた処理は、イメージに組み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="437"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes, which keeps container logs its own way. It can be removed.</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれません。コンテナーのログは Kubernetes が独自に保持します。このオプションは削除できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="441"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes: Kubernetes restarts the module&apos;s pod itself, as the module&apos;s restartPolicy in the deployment says. It can be removed.</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれません。モジュールのポッドは、デプロイに記述されたモジュールの restartPolicy に従って Kubernetes が再起動します。このオプションは削除できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="445"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can be removed; check that the module works without them.</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれません。ポッドにはこれらのホスト デバイスが渡されません。このオプションは削除できます。モジュールがこれらのデバイスなしで動作することを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="449"/>
        <source>%2 are bound to one host port, %1: IoT Edge on Kubernetes makes a port of the module&apos;s Service of each host port (whatever the HostIp), and Kubernetes refuses a Service with one port twice. Give each its own host port.</source>
        <translation>%2 は同じホスト ポート %1 にバインドされています。Kubernetes 上の IoT Edge はホスト ポートごとにモジュールのサービスのポートを作成し (HostIp に関係なく)、Kubernetes は同じポートを 2 回持つサービスを拒否します。それぞれに別のホスト ポートを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="454"/>
        <source>%1 is a range of ports, which IoT Edge on Kubernetes makes no Service port of: the module is not reached on them. Write each port of the range on its own (%2 and the ports after it).</source>
        <translation>%1 はポートの範囲であり、Kubernetes 上の IoT Edge はこれをサービスのポートにしません。モジュールにはこれらのポートでアクセスできません。範囲内の各ポートを個別に記述してください (%2 とそれに続くポート)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="458"/>
        <source>%1 (%2) is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can be removed; check that the module works without them, or make it privileged (HostConfig.Privileged true, which Kubernetes keeps): a privileged module sees the node&apos;s devices in its /dev.</source>
        <translation>%1 (%2) は Kubernetes 上の IoT Edge に引き継がれません。ポッドにはこれらのホスト デバイスが渡されません。このオプションは削除できます。モジュールがこれらのデバイスなしで動作することを確認するか、モジュールを特権モード (Kubernetes に引き継がれる HostConfig.Privileged true) にしてください。特権モードのモジュールは、自身の /dev でノードのデバイスを参照できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="463"/>
        <source>%1 (%2) is not carried over by IoT Edge on Kubernetes, and is not needed there: the module is privileged (Privileged, which Kubernetes keeps), and so sees the node&apos;s devices in its /dev. It can be removed.</source>
        <translation>%1 (%2) は Kubernetes 上の IoT Edge に引き継がれませんが、そこでは不要です。このモジュールは特権モード (Kubernetes に引き継がれる Privileged) で実行されるため、自身の /dev でノードのデバイスを参照できます。このオプションは削除できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="468"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes. It can be removed; modules that share memory need host IPC mode (IpcMode host).</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれません。このオプションは削除できます。メモリを共有するモジュールには、ホスト IPC モード (IpcMode host) が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="472"/>
        <source>Port %1 has several host bindings (host ports %2). IoT Edge on Kubernetes makes a Service port of each, all of one name, and Kubernetes refuses such a Service. Keep only the first binding (host port %3).</source>
        <translation>ポート %1 には複数のホスト バインドがあります (ホスト ポート %2)。Kubernetes 上の IoT Edge はそれぞれを同じ名前の Service ポートにするため、Kubernetes はその Service を拒否します。最初のバインド (ホスト ポート %3) だけを残してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="476"/>
        <source>%1 is not carried over by IoT Edge on Kubernetes and has no effect there. It can be removed.</source>
        <translation>%1 は Kubernetes 上の IoT Edge に引き継がれず、効果がありません。このオプションは削除できます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="479"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored.</source>
        <translation>k8s-experimental.%1 は Kubernetes 上の IoT Edge で認識されないため、無視されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="481"/>
        <source>k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored; did you mean %2?</source>
        <translation>k8s-experimental.%1 は Kubernetes 上の IoT Edge で認識されないため、無視されます。%2 の誤りではありませんか?</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="484"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; it moves to the module&apos;s env section.</source>
        <translation>%1 の値には &apos;=&apos; が含まれているため、Kubernetes では破棄されます。この変数はモジュールの env セクションに移動されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="487"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; the module&apos;s env section sets %1 too, and wins, so this createOptions entry is removed.</source>
        <translation>%1 の値には &apos;=&apos; が含まれているため、Kubernetes では破棄されます。モジュールの env セクションにも %1 が設定されていてそちらが優先されるため、この createOptions のエントリは削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="491"/>
        <source>The value of %1 contains &apos;=&apos; and would be dropped on Kubernetes; move it to the module&apos;s env section in the deployment manifest.</source>
        <translation>%1 の値に &apos;=&apos; が含まれているため、Kubernetes では削除されます。デプロイ マニフェストのモジュールの env セクションに移動してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="494"/>
        <source>The variable name %1 contains &apos;:&apos;; it becomes %2.</source>
        <translation>変数名 %1 には &apos;:&apos; が含まれています。%2 に変更されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="496"/>
        <source>The variable name %1 contains &apos;:&apos; and would become %2, but the module has a variable %2 already: rename one of the two, or one value would be lost.</source>
        <translation>変数名 %1 には &apos;:&apos; が含まれており、%2 に変更されますが、モジュールには変数 %2 が既にあります。どちらか一方の名前を変更してください。そうしないと、一方の値が失われます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="500"/>
        <source>While its pod is in the ContainerCreating state (a large image pulled over a slow link), IoT Hub shows the module as Backoff; it is starting.</source>
        <translation>ポッドがコンテナー作成中 (ContainerCreating) 状態の間は (低速な接続で大きなイメージをプルしている場合など)、IoT Hub にモジュールがバックオフ (Backoff) 状態と表示されます。モジュールは起動中です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="504"/>
        <source>createOptions is not valid JSON (it breaks at line %1, column %2); the module is left as it was.</source>
        <translation>createOptions が有効な JSON ではありません (%1 行目、%2 列目でエラー)。モジュールは変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="507"/>
        <source>createOptions is nested too deeply to be Docker&apos;s create options (from line %1, column %2); the module is left as it was.</source>
        <translation>createOptions の入れ子が深すぎるため、Docker 作成オプションとして扱えません (%1 行目、%2 列目以降)。モジュールは変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="511"/>
        <source>createOptions is not a JSON object; the module is left as it was.</source>
        <translation>createOptions が JSON オブジェクトではありません。モジュールは変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="513"/>
        <source>%1 is not a string, as every createOptions chunk must be; the module is left as it was.</source>
        <translation>%1 が文字列ではありません (createOptions のチャンクはすべて文字列である必要があります)。モジュールは変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="516"/>
        <source>The createOptions chunks have a gap (suffixes %1); the device would stop reading at the gap. EdgeShift joins them in order of their suffix.</source>
        <translation>createOptions のチャンクに欠番があります (サフィックス %1)。デバイスは欠番の箇所で読み取りを停止してしまいます。EdgeShift はチャンクをサフィックスの順に結合します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="520"/>
        <source>Written like createOptions chunks, but not read as ones (the device reads createOptions01 to createOptions99, two digits): %1. What they hold is no part of the createOptions, here or on the device: move it into the chunks the device reads, or remove them.</source>
        <translation>createOptions のチャンクのように書かれていますが、チャンクとして読み取られません (デバイスが読み取るのは 2 桁の createOptions01 から createOptions99 までです): %1。これらの内容は、ここでもデバイス上でも createOptions の一部になりません。デバイスが読み取るチャンクに移すか、削除してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="525"/>
        <source>The module has createOptions chunks (suffixes %1) but no createOptions, the first chunk: the device would read no options at all. EdgeShift joins them in order of their suffix, and writes a module it changes from createOptions on.</source>
        <translation>このモジュールには createOptions のチャンク (サフィックス %1) がありますが、最初のチャンクである createOptions がありません。デバイスはオプションをまったく読み取りません。EdgeShift はチャンクをサフィックスの順に結合し、変更するモジュールは createOptions から書き出します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="529"/>
        <source>The key %1 appears twice in %2; the last value is used.</source>
        <translation>キー %1 が %2 に 2 回出現します。最後の値が使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="531"/>
        <source>The key %1 appears twice in createOptions (at %2); the last value is used.</source>
        <translation>キー %1 が createOptions 内に 2 回出現します (%2 の箇所)。最後の値が使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="533"/>
        <source>The hand edit of createOptions still needs what these rules would change: %1. Make the changes in the GPU side, or revert the hand edit.</source>
        <translation>createOptions の手動編集には、まだ次のルールによる変更が必要です: %1。GPU 側で変更を行うか、手動編集を元に戻してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="537"/>
        <source>The converted createOptions would need %1 chunks, more than 100; the module is left as it was.</source>
        <translation>変換後の createOptions には %1 個のチャンクが必要になり、上限の 100 個を超えます。モジュールは変更されません。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.cpp" line="583"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="585"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="587"/>
        <source>Compute acceleration usage</source>
        <translation>コンピューティング アクセラレーションの使用</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="589"/>
        <source>Memory and CPU usage</source>
        <translation>メモリと CPU の使用</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="591"/>
        <source>Web proxy</source>
        <translation>Web プロキシ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="593"/>
        <source>Other differences</source>
        <translation>その他の相違点</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="602"/>
        <source>fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="604"/>
        <source>advice</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="606"/>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="608"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="617"/>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="619"/>
        <source>rejected</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="621"/>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="623"/>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="626"/>
        <source>hand edit</source>
        <extracomment>a finding whose change the operator&apos;s hand edit of the module replaces</extracomment>
        <translation>手動編集</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="629"/>
        <source>replaced</source>
        <extracomment>a finding whose change another accepted finding makes its own way</extracomment>
        <translation>置換済み</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="633"/>
        <source>solved</source>
        <extracomment>a problem for the operator that the other decisions solve</extracomment>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="635"/>
        <source>not needed</source>
        <extracomment>an accepted change the other decisions leave nothing to do for</extracomment>
        <translation>不要</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="644"/>
        <source>Not made: your hand edit of this module&apos;s createOptions decides. Revert the hand edit to decide here again.</source>
        <translation>この変更は行われません。このモジュールの createOptions は手動編集の内容になります。ここで再び決めるには、手動編集を取り消してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="652"/>
        <source>Not made: the accepted change &quot;%1&quot; (%2) makes it its own way. Reject that change to decide here again.</source>
        <extracomment>%1 is a rule&apos;s title, %2 its id</extracomment>
        <translation>この変更は行われません。承認済みの変更「%1」 (%2) が別の方法でこれを行います。ここで再び決めるには、その変更を拒否してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="657"/>
        <source>Solved: as the other changes are decided, the module no longer has this problem.</source>
        <translation>解決済み: ほかの変更の決定内容により、このモジュールにはこの問題がなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="663"/>
        <source>Not made: as the other changes are decided, this module does not need it. It is made as soon as they call for it, while it stays accepted.</source>
        <translation>この変更は行われません。ほかの変更の決定内容では、このモジュールには不要です。承認されたままであれば、ほかの変更で必要になった時点で行われます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="672"/>
        <source>Not made yet: %1 — %2</source>
        <extracomment>%1 is a parameter&apos;s label (&quot;Mount source&quot;), %2 why its value is not taken</extracomment>
        <translation>まだ行われていません: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="682"/>
        <source>GPU-ready</source>
        <translation>GPU 対応済み</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="684"/>
        <source>changes proposed</source>
        <translation>変更の提案あり</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="686"/>
        <source>needs the operator</source>
        <translation>要対応</translation>
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
        <translation>GPU の数</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="748"/>
        <source>Mount type</source>
        <translation>マウントの種類</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="750"/>
        <source>Mount source</source>
        <translation>マウント ソース</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="752"/>
        <source>New module name</source>
        <translation>新しいモジュール名</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="754"/>
        <source>Memory limit</source>
        <translation>メモリの制限</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="756"/>
        <source>CPU limit</source>
        <translation>CPU の制限</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="758"/>
        <source>Host port</source>
        <translation>ホスト ポート</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="760"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="770"/>
        <source>Enter a value.</source>
        <translation>値を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="778"/>
        <source>A mount of type bind takes a path on the node: start it with /.</source>
        <translation>種類が bind のマウントには、ノード上のパスを指定します。/ で始めてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="780"/>
        <source>Less than 1Mi: no container starts with so little memory. Add the unit, as in 512Mi.</source>
        <translation>1Mi 未満です。これほど少ないメモリで起動できるコンテナーはありません。512Mi のように単位を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="782"/>
        <source>Kubernetes refuses a limit below the module&apos;s request of it: enter at least the request.</source>
        <translation>Kubernetes は、モジュールの要求 (requests) を下回る制限を受け付けません。要求以上の値を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="784"/>
        <source>Another module has this name on Kubernetes (where names are lower case); choose another.</source>
        <translation>Kubernetes 上では別のモジュールがこの名前を持ちます (名前は小文字になります)。別の名前を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="786"/>
        <source>Host ports 35000 and 35001 are used by the IoT Edge proxy on Kubernetes; choose another.</source>
        <translation>ホスト ポート 35000 と 35001 は Kubernetes 上の IoT Edge プロキシで使用されます。別のポートを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="788"/>
        <source>Enter bind or volume.</source>
        <translation>bind または volume を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="790"/>
        <source>Use a-z, 0-9 and &apos;-&apos;, start with a letter, end with a letter or digit, at most 63 characters.</source>
        <translation>a-z、0-9、&apos;-&apos; を使用し、英字で始まり英字または数字で終わる 63 文字以内の名前にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="796"/>
        <source>Enter an image reference without spaces or quotes.</source>
        <translation>空白や引用符を含まないイメージ参照を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="801"/>
        <source>This image still names the FPGA (fpga, brainwave or catapult); enter the GPU build of the model.</source>
        <translation>このイメージはまだ FPGA を示しています (fpga、brainwave、catapult)。モデルの GPU 用ビルドを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="803"/>
        <source>A volume&apos;s source is the name of an Edge share or a volume, not a path; enter a name, or choose bind for a path on the node.</source>
        <translation>ボリュームのソースはパスではなく、Edge 共有またはボリュームの名前です。名前を入力するか、ノード上のパスには bind を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="806"/>
        <source>Kubernetes names the volume after this source&apos;s letters, digits and &apos;-&apos;, from its first letter on, and this one leaves no name; enter a name that has a letter.</source>
        <translation>Kubernetes はこのソースの英字、数字、&apos;-&apos; から、最初の英字以降を使ってボリューム名を付けますが、このソースでは名前が残りません。英字を含む名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="816"/>
        <source>object</source>
        <extracomment>JSON value types, as in &quot;the file holds a JSON array&quot;</extracomment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="818"/>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="820"/>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="822"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="824"/>
        <source>boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="826"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="839"/>
        <source>Line %1, column %2: this is not valid JSON. Correct it, or discard the edit: until it is valid it is not used.</source>
        <translation>%1 行 %2 列: 有効な JSON ではありません。修正するか、編集を破棄してください。有効になるまで、この編集は使用されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="853"/>
        <source>%1: the file is empty. Open a deployment manifest.</source>
        <translation>%1: ファイルが空です。デプロイ マニフェストを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="856"/>
        <source>%1:%2:%3: this is not valid JSON (at “%4”). Correct the file and try again.</source>
        <extracomment>%4 the text where it breaks, at most a line</extracomment>
        <translation>%1:%2:%3: 有効な JSON ではありません (「%4」の箇所)。ファイルを修正して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="859"/>
        <source>%1:%2:%3: the file ends before the JSON does; it may have been cut short. Correct the file and try again.</source>
        <translation>%1:%2:%3: JSON の途中でファイルが終わっています。ファイルが途中で切れている可能性があります。ファイルを修正して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="863"/>
        <source>%1:%2:%3: the number %4 is too large for JSON. Correct the file and try again.</source>
        <translation>%1:%2:%3: 数値 %4 は JSON で扱うには大きすぎます。ファイルを修正して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="866"/>
        <source>%1:%2:%3: the number %4 cannot be kept as written (it has more digits than a number holds here, or is too small). Write it as a string, or correct it, and try again.</source>
        <translation>%1:%2:%3: 数値 %4 を記述どおりに保持できません (保持できる桁数を超えているか、小さすぎます)。文字列として記述するか修正して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="873"/>
        <source>%1:%2:%3: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1:%2:%3: ファイルが UTF-8 テキストではありません。UTF-8 で保存して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="875"/>
        <source>%1: the file is UTF-16 text (as Windows PowerShell writes it). Save it as UTF-8 and try again.</source>
        <translation>%1: このファイルは UTF-16 のテキストです (Windows PowerShell が書き出す形式)。UTF-8 で保存して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="889"/>
        <source>%1: %2 must be a JSON %3. Correct the manifest and try again.</source>
        <translation>%1: %2 は JSON %3である必要があります。マニフェストを修正して、やり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="870"/>
        <source>%1:%2:%3: the JSON is nested too deeply. This is not a deployment manifest.</source>
        <translation>%1:%2:%3: JSON の入れ子が深すぎます。これはデプロイ マニフェストではありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="879"/>
        <source>%1:%2:%3: the file holds a NUL byte: it is not a text file.</source>
        <translation>%1:%2:%3: ファイルに NUL バイトが含まれています。テキスト ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="884"/>
        <source>%1: the file holds a JSON %2, not an object: it is not a deployment manifest.</source>
        <translation>%1: ファイルの内容がオブジェクトではなく JSON %2 です。デプロイ マニフェストではありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="887"/>
        <source>%1: this JSON is neither a deployment manifest (modulesContent) nor createOptions.</source>
        <translation>%1: この JSON は、デプロイ マニフェスト (modulesContent) でも createOptions でもありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="917"/>
        <source>(removed)</source>
        <comment>the GPU side of a change that removes the FPGA side&apos;s value</comment>
        <translation>(削除)</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="922"/>
        <source>Accepted and made.</source>
        <comment>a report&apos;s note on an accepted proposal or advice, among the changes made</comment>
        <translation>承認され、変更済みです。</translation>
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
        <translation>EdgeShift レポート: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="935"/>
        <source>EdgeShift report: %n manifest(s)</source>
        <translation>
            <numerusform>EdgeShift レポート: %n 個のマニフェスト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="901"/>
        <source>The manifest is GPU-ready.</source>
        <translation>マニフェストは GPU 対応済みです。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="552"/>
        <source>%1: %2</source>
        <extracomment>a finding&apos;s title where its module has several of its rule: %1 the rule&apos;s title, %2 what it is about</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="772"/>
        <source>Enter a whole number, in digits, without leading zeros.</source>
        <translation>先頭に 0 を付けずに、整数を数字で入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="775"/>
        <source>Enter a port from 1 to 65535.</source>
        <translation>1 から 65535 までのポート番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="776"/>
        <source>Enter a number from 1 to %1.</source>
        <translation>1 から %1 までの数値を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="793"/>
        <source>Enter a memory size, such as 128Mi or 1Gi.</source>
        <translation>128Mi や 1Gi のようなメモリ サイズを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="794"/>
        <source>Enter a CPU amount in cores or millicores, such as 500m or 2.</source>
        <translation>500m や 2 のように、CPU の量をコア数またはミリコア数で入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="798"/>
        <source>Another port mapping of this module has this host port (the module&apos;s Kubernetes service takes each port once); choose another.</source>
        <translation>このモジュールの別のポート マッピングがこのホスト ポートを使用しています (モジュールの Kubernetes サービスでは各ポートを 1 回しか使用できません)。別のポートを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="835"/>
        <source>Line %1, column %2: this is not valid JSON (at “%3”). Correct it, or discard the edit: until it is valid it is not used.</source>
        <extracomment>%3 the text where it breaks, at most a line</extracomment>
        <translation>%1 行 %2 列: 有効な JSON ではありません (「%3」の箇所)。修正するか、編集を破棄してください。有効になるまで、この編集は使用されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="901"/>
        <source>The manifest is not GPU-ready yet.</source>
        <translation>マニフェストはまだ GPU に対応していません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="903"/>
        <source>%1, %2. %3</source>
        <extracomment>Summary of a report: %1 is &quot;N changes made&quot;, %2 &quot;N items left&quot;, %3 GPU-ready or not.</extracomment>
        <translation>%1、%2。%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="904"/>
        <source>%n change(s) made</source>
        <translation>
            <numerusform>適用した変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messages.cpp" line="905"/>
        <source>%n item(s) left for the operator</source>
        <translation>
            <numerusform>要対応の項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="908"/>
        <source>Changes made</source>
        <translation>適用した変更</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="909"/>
        <source>Left for the operator</source>
        <translation>要対応の項目</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="910"/>
        <source>Advice not taken</source>
        <translation>採用しなかった推奨事項</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="911"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="912"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="913"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="914"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="915"/>
        <source>FPGA (before)</source>
        <translation>FPGA (変更前)</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="916"/>
        <source>GPU (after)</source>
        <translation>GPU (変更後)</translation>
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
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="34"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="35"/>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <location filename="../ui/translator.cpp" line="36"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../ui/messages.cpp" line="23"/>
        <source>Binds become Mounts</source>
        <translation>Binds を Mounts に変更</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="24"/>
        <source>A Kubernetes deployment cannot use binds to attach persistent storage or host paths. Each HostConfig.Binds entry becomes a HostConfig.Mounts entry: of type volume for an Edge share (its source is the name of the share provisioned on the GPU device) or a named volume, of type bind for a host path.</source>
        <translation>Kubernetes へのデプロイで、永続的ストレージまたはホスト パスを関連付けるためのバインドを使用することはできません。HostConfig.Binds の各エントリは HostConfig.Mounts のエントリになります。Edge 共有 (ソースは GPU デバイスにプロビジョニングされた共有の名前) または名前付きボリュームの場合は種類が volume、ホスト パスの場合は種類が bind になります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="28"/>
        <source>Folder inside an Edge share</source>
        <translation>Edge 共有内のフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="29"/>
        <source>A volume mount takes a whole share, not a folder inside it. Mount the whole share at the same target (the module then finds the folder one level down), or provision the folder as a share of its own.</source>
        <translation>ボリューム マウントでは、共有内のフォルダーではなく共有全体がマウントされます。共有全体を同じターゲットにマウントする (この場合、モジュールからはフォルダーが 1 つ下の階層に見えます) か、フォルダーを独立した共有としてプロビジョニングしてください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="32"/>
        <source>Bind mount of a file</source>
        <translation>ファイルのバインド マウント</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="33"/>
        <source>On IoT Edge on Kubernetes, bind mounts work for directories only, not for files. Mount the parent directory instead, or build the file into the image. For a file of a system folder such as /etc, whose folder would hide the container&apos;s own, the proposal is to drop the mount.</source>
        <translation>Kubernetes 上の IoT Edge の場合、バインド マウントはディレクトリに対してのみ機能し、ファイルには機能しません。代わりに親ディレクトリをマウントするか、ファイルをイメージに組み込んでください。/etc のようなシステム フォルダー内のファイルの場合、そのフォルダーをマウントするとコンテナー自身のフォルダーが隠れてしまうため、マウントの削除を提案します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="37"/>
        <source>Volume names collide</source>
        <translation>ボリューム名の競合</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="42"/>
        <source>Exposed port without HostPort</source>
        <translation>HostPort のない公開ポート</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="43"/>
        <source>To expose a service both inside and outside the cluster, a HostPort must be given. The binding is added with the container port as host port (editable).</source>
        <translation>クラスターの内部と外部の両方でサービスを公開するには、HostPort を指定する必要があります。コンテナー ポートをホスト ポートとするバインドが追加されます (ホスト ポートは編集可能)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="46"/>
        <source>TCP and UDP ports in one module</source>
        <translation>1 つのモジュール内の TCP ポートと UDP ポート</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="47"/>
        <source>Once a port mapping to TCP is added, UDP does not work in the same request. Split the module, or drop one protocol.</source>
        <translation>TCP へのポート マッピングを追加すると、同じ要求で UDP は機能しません。モジュールを分割するか、一方のプロトコルを削除してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="50"/>
        <source>Port reserved by the IoT Edge proxy</source>
        <translation>IoT Edge プロキシで予約されているポート</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="51"/>
        <source>The IoT Edge proxy on the Kubernetes platform uses ports 35000 and 35001. A module on these ports causes a port conflict; the proposal is the next free host port.</source>
        <translation>Kubernetes プラットフォーム上の IoT Edge プロキシには、ポート 35000 と 35001 が使用されます。これらのポートでモジュールを実行すると、ポートの競合が発生します。次に空いているホスト ポートが提案されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="54"/>
        <source>Host network</source>
        <translation>ホスト ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="55"/>
        <source>The host network works with dnsPolicy = ClusterFirstWithHostNet, so not every container (edgeHub in particular) needs to be on the host network.</source>
        <translation>ホスト ネットワークは dnsPolicy = ClusterFirstWithHostNet で動作するので、すべてのコンテナー (特に edgeHub) がホスト ネットワーク上に存在する必要はありません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="58"/>
        <source>Module addressed on its container port</source>
        <translation>コンテナー ポートでアクセスされるモジュール</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="59"/>
        <source>Module-to-module communication needs a HostPort and a connection through the mapped port, not the port the container exposes.</source>
        <translation>モジュール間通信には、HostPort の指定と、マップされたポートを使用した (コンテナーで公開されたポートを使用しない) 接続が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="62"/>
        <source>Service only inside the cluster</source>
        <translation>クラスター内のみのサービス</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="63"/>
        <source>A k8s-experimental option restricts a module&apos;s service to the cluster: serviceOptions type ClusterIP. Use it when nothing outside the device needs the module.</source>
        <translation>k8s-experimental のオプション serviceOptions type ClusterIP を使用すると、モジュールのサービスの公開をクラスターのみに限定できます。デバイスの外部からモジュールを使用する必要がない場合に使用します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="66"/>
        <source>FPGA resource becomes a GPU resource</source>
        <translation>FPGA リソースを GPU リソースに変更</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="67"/>
        <source>On the GPU device, request nvidia resources instead of catapult, through resource requests rather than device bindings: nvidia.com/gpu in k8s-experimental.resources, with the FPGA count (editable).</source>
        <translation>GPU デバイスでは、デバイスのバインドではなくリソース要求の指定を使用して、catapult の代わりに nvidia リソースを要求します。k8s-experimental.resources に nvidia.com/gpu を FPGA と同じ数で指定します (数は編集可能)。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="70"/>
        <source>FPGA device bindings</source>
        <translation>FPGA デバイスのバインド</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="71"/>
        <source>The GPU is requested through resources, not device bindings: HostConfig.Devices entries that bind the FPGA (/dev/catapult*) are removed.</source>
        <translation>GPU は、デバイスのバインドではなくリソースを通じて要求します。FPGA (/dev/catapult*) をバインドする HostConfig.Devices のエントリは削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="74"/>
        <source>Image built for the FPGA</source>
        <translation>FPGA 用にビルドされたイメージ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="79"/>
        <source>GPU requested the Docker way</source>
        <translation>Docker の方法で要求された GPU</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="80"/>
        <source>HostConfig.Runtime nvidia and HostConfig.DeviceRequests ask Docker for a GPU; Kubernetes ignores them, and without nvidia.com/gpu in k8s-experimental.resources the pod gets no GPU.</source>
        <translation>HostConfig.Runtime nvidia と HostConfig.DeviceRequests は Docker に GPU を要求するものです。Kubernetes ではこれらは無視されるため、k8s-experimental.resources に nvidia.com/gpu を指定しないと、ポッドに GPU が割り当てられません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="83"/>
        <source>WIRESERVER_ADDRESS</source>
        <translation>WIRESERVER_ADDRESS</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="84"/>
        <source>The GPU device needs no wire server: the WIRESERVER_ADDRESS variable is removed.</source>
        <translation>GPU デバイスでは wireserver を指定する必要はありません。WIRESERVER_ADDRESS 変数は削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="85"/>
        <source>Memory and CPU limits</source>
        <translation>メモリと CPU の制限</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="86"/>
        <source>Memory and CPU are set with limits in the module&apos;s k8s-experimental section. They are not required but generally recommended; without requests, the limits are used as the minimum required.</source>
        <translation>メモリと CPU は、モジュールの k8s-experimental セクションの制限 (limits) で設定します。メモリと CPU の指定は必須ではありませんが、一般的には推奨されます。requests を指定しないと、limits で設定されている値が最低限必要な値として使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="89"/>
        <source>Shared memory</source>
        <translation>共有メモリ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="90"/>
        <source>Shared memory between modules needs another approach on Kubernetes: host IPC mode (IpcMode host), as Live Video Analytics uses with an inference solution.</source>
        <translation>Kubernetes では、モジュール間の共有メモリに別の方法が必要です。Live Video Analytics と推論ソリューションの間の共有メモリ アクセスと同様に、ホスト IPC モード (IpcMode host) を使用します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="93"/>
        <source>no_proxy for the web proxy</source>
        <translation>Web プロキシ用の no_proxy</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="94"/>
        <source>With a web proxy, IoT Edge on Kubernetes also needs no_proxy = localhost in the deployment of edgeHub and edgeAgent.</source>
        <translation>Web プロキシを使用する場合、Kubernetes 上の IoT Edge では、edgeHub と edgeAgent のデプロイで no_proxy = localhost も構成する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="97"/>
        <source>UpstreamProtocol for the web proxy</source>
        <translation>Web プロキシ用の UpstreamProtocol</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="98"/>
        <source>If the web proxy does not allow AMQP traffic, edgeHub needs UpstreamProtocol = AmqpWs.</source>
        <translation>Web プロキシで AMQP トラフィックが許可されていない場合、edgeHub には UpstreamProtocol = AmqpWs が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="100"/>
        <source>Deployment strategy Recreate</source>
        <translation>デプロイ戦略 Recreate</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="101"/>
        <source>The default behaviour of IoT Edge modules is a rolling update. When a module uses resources such as a hardware accelerator or network ports, the updated module then does not start; with persistent volumes it can have unexpected effects. Specify Recreate in the module&apos;s k8s-experimental section.</source>
        <translation>IoT Edge モジュールの既定の動作はローリング アップデートです。モジュールでハードウェア アクセラレータやネットワーク ポートなどのリソースが使用されている場合、この動作により、更新されたモジュールが起動しなくなります。永続ボリュームを使用している場合は、予期しない影響が発生するおそれがあります。モジュールの k8s-experimental セクションで Recreate を指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="106"/>
        <source>Module names must follow the Kubernetes naming conventions: a-z, 0-9 and &apos;-&apos;, starting with a letter and ending with a letter or digit, at most 63 characters. IoT Edge on Kubernetes silently drops every other character. The module is renamed everywhere: the modules key, routes, its twin section and other modules&apos; references.</source>
        <translation>モジュール名は、Kubernetes の名前付け規則 (a-z、0-9、&apos;-&apos; を使用し、英字で始まり英字または数字で終わる 63 文字以内) に従う必要があります。Kubernetes 上の IoT Edge は、それ以外の文字を通知なしに削除します。モジュールの名前は、modules のキー、ルート、モジュールのツイン セクション、他のモジュールからの参照など、すべての箇所で変更されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="111"/>
        <source>Create option that Kubernetes does not keep</source>
        <translation>Kubernetes に引き継がれない作成オプション</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="112"/>
        <source>Some Docker create options that work on the FPGA device do not work in the Kubernetes environment of the GPU device, for example Entrypoint. Each finding says what the option did there and what to do instead.</source>
        <translation>FPGA デバイスで動作する特定の Docker 作成オプション (Entrypoint など) は、GPU デバイスの Kubernetes 環境では機能しません。各検出結果に、そのオプションが行っていたことと、代わりに行うことを示します。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="133"/>
        <source>The createOptions of this module is not valid JSON, or not a JSON object. Nothing is changed in the module until it is corrected.</source>
        <translation>このモジュールの createOptions は、有効な JSON でないか、JSON オブジェクトではありません。修正されるまで、このモジュールは一切変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="140"/>
        <source>Hand edit not converted</source>
        <translation>未変換の手動編集</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="141"/>
        <source>The GPU side of this module is edited by hand, so the rules no longer change its createOptions; what they would still change there (the FPGA kept, say) is left for you.</source>
        <translation>このモジュールの GPU 側は手動で編集されているため、ルールはその createOptions を変更しなくなりました。ルールがまだ変更する内容 (残っている FPGA など) は、要対応の項目として残ります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="144"/>
        <source>createOptions chunks with a gap</source>
        <translation>番号が連続していない createOptions チャンク</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="145"/>
        <source>A long createOptions is split into createOptions, createOptions01, createOptions02 and so on. A missing number makes the device stop reading at the gap. EdgeShift joins every chunk in the order of its number, and writes them back without gaps when it changes the module; check that the joined options are what you meant.</source>
        <translation>長い createOptions は、createOptions、createOptions01、createOptions02 のように分割されます。番号が欠けていると、デバイスは欠番の箇所で読み取りを停止します。EdgeShift はすべてのチャンクを番号順に結合し、モジュールを変更する場合は欠番のない状態で書き戻します。結合されたオプションが意図したとおりであることを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="150"/>
        <source>Key written twice</source>
        <translation>重複するキー</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="151"/>
        <source>A JSON object holds the same key twice. As in IoT Edge, the last value is used and the first is ignored; EdgeShift writes the key once.</source>
        <translation>JSON オブジェクトに同じキーが 2 回含まれています。IoT Edge と同様に、最後の値が使用され、最初の値は無視されます。EdgeShift はキーを 1 回だけ書き込みます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="105"/>
        <source>Module name</source>
        <translation>モジュール名</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="38"/>
        <source>Kubernetes volume names keep only lower-case letters, digits and &apos;-&apos; of a mount&apos;s source. Two different sources of one module that give the same name make Kubernetes refuse the pod, or mount the wrong data. Rename a share or a folder. One source mounted twice gives two volumes of one name too.</source>
        <translation>Kubernetes のボリューム名には、マウントのソースに含まれる英小文字、数字、&apos;-&apos; だけが残ります。1 つのモジュールの異なる 2 つのソースから同じ名前が生成されると、Kubernetes がポッドを拒否するか、誤ったデータがマウントされます。共有またはフォルダーの名前を変更してください。1 つのソースを 2 回マウントした場合も、同じ名前の 2 つのボリュームになります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="75"/>
        <source>The module&apos;s image is a build for the FPGA (Project Brainwave, the Azure ML FPGA host) and will not use the GPU: its name says so, or the module asks for the FPGA. Give the GPU build of the model as the new image.</source>
        <translation>モジュールのイメージは FPGA 用のビルド (Project Brainwave、Azure ML FPGA ホスト) であり、GPU を使用しません。イメージ名がそれを示しているか、モジュールが FPGA を要求しています。新しいイメージとして、モデルの GPU 用ビルドを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="116"/>
        <source>Unknown k8s-experimental option</source>
        <translation>不明な k8s-experimental オプション</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="117"/>
        <source>IoT Edge on Kubernetes knows nodeSelector, resources, volumes, securityContext, serviceOptions and strategy in k8s-experimental. Any other key is ignored with only a warning: usually a typo.</source>
        <translation>Kubernetes 上の IoT Edge が k8s-experimental で認識するのは、nodeSelector、resources、volumes、securityContext、serviceOptions、strategy です。その他のキーは警告が出力されるだけで無視されます。通常は入力ミスです。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="120"/>
        <source>Environment value containing &apos;=&apos;</source>
        <translation>&apos;=&apos; を含む環境変数の値</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="121"/>
        <source>IoT Edge on Kubernetes splits each createOptions Env entry on every &apos;=&apos; and silently drops entries that do not split in exactly two (connection strings, SAS tokens). The variable moves to the module&apos;s env section, which is passed through whole.</source>
        <translation>Kubernetes 上の IoT Edge は、createOptions の Env の各エントリをすべての &apos;=&apos; で分割し、ちょうど 2 つに分割されないエントリ (接続文字列、SAS トークンなど) を通知なしに破棄します。この変数は、値がそのまま渡されるモジュールの env セクションに移動されます。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="125"/>
        <source>Environment variable name with &apos;:&apos;</source>
        <translation>&apos;:&apos; を含む環境変数名</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="126"/>
        <source>&apos;:&apos; in environment variable names must be replaced with &apos;__&apos;.</source>
        <translation>環境変数名に含まれる &apos;:&apos; は、&apos;__&apos; で置き換える必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="127"/>
        <source>Backoff while the pod is created</source>
        <translation>ポッドの作成中のバックオフ</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="128"/>
        <source>A Kubernetes pod in the ContainerCreating state shows the module in the Backoff state in IoT Hub, commonly while a large container image is pulled over a low-bandwidth connection. The module is starting.</source>
        <translation>Kubernetes ポッドがコンテナー作成中 (ContainerCreating) 状態のとき、IoT Hub ではモジュールがバックオフ (Backoff) 状態になります。一般的な理由は、大きいコンテナー イメージが低ネットワーク帯域幅の接続を通してプルされている場合です。モジュールは起動中です。</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="132"/>
        <source>createOptions is not valid</source>
        <translation>createOptions が無効</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="136"/>
        <source>createOptions too long</source>
        <translation>createOptions が長すぎる</translation>
    </message>
    <message>
        <location filename="../ui/messages.cpp" line="137"/>
        <source>createOptions is split into at most 100 chunks of 512 characters. The converted options would need more, so the module is left as it was.</source>
        <translation>createOptions は、512 文字ずつ最大 100 個のチャンクに分割されます。変換後のオプションにはそれ以上のチャンクが必要になるため、モジュールは変更されません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Moves IoT Edge deployments from Azure Stack Edge Pro FPGA to GPU devices.</source>
        <translation>IoT Edge のデプロイを Azure Stack Edge Pro FPGA デバイスから GPU デバイスに移行します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>Language: en, ja or zh_CN.</source>
        <translation>言語: en、ja、zh_CN のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="20"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>A deployment manifest to open.</source>
        <translation>開くデプロイ マニフェスト。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>[MANIFEST]</source>
        <translation>[MANIFEST]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>edgeshift: unknown language %1; use en, ja or zh_CN.</source>
        <translation>edgeshift: 不明な言語 %1 です。en、ja、zh_CN のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="92"/>
        <source>edgeshift: %1</source>
        <translation>edgeshift: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Run edgeshift --help for the options.</source>
        <translation>オプションを確認するには、edgeshift --help を実行してください。</translation>
    </message>
</context>
</TS>
