<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About jvdesk</source>
        <translation>jvdesk のバージョン情報</translation>
    </message>
    <message>
        <source>Briefing desk for the India–Japan Joint Vision for the Next Decade. Works offline; opens no network connection.</source>
        <translation>「今後10年に向けた日印共同ビジョン」のブリーフィング支援ツールです。オフラインで動作し、ネットワークには一切接続しません。</translation>
    </message>
    <message>
        <source>Content pack: {title}, version {version}</source>
        <translation>コンテンツパック: {title}（バージョン {version}）</translation>
    </message>
    <message>
        <source>Publisher and signature: {signature}</source>
        <translation>発行元と署名: {signature}</translation>
    </message>
    <message>
        <source>SHA-256 {checksum}</source>
        <translation>SHA-256 {checksum}</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>同梱コンポーネントとそのライセンス</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>jvdesk presentation</source>
        <translation>jvdesk プレゼンテーション</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <translation>スライド {number} / {count}: {title}</translation>
    </message>
    <message>
        <source>Go to slide {number}</source>
        <translation>スライド {number} へ移動</translation>
    </message>
</context>
<context>
    <name>BriefingChooser</name>
    <message>
        <source>&amp;Compose a briefing…</source>
        <translation>ブリーフィングを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit this briefing…</source>
        <translation>このブリーフィングを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete this briefing</source>
        <translation>このブリーフィングを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Compose a briefing…</source>
        <translation>ブリーフィングを作成…</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Edit briefing</source>
        <translation>ブリーフィングの編集</translation>
    </message>
    <message>
        <source>Compose a briefing</source>
        <translation>ブリーフィングの作成</translation>
    </message>
    <message>
        <source>For example: Briefing for the Minister</source>
        <translation>例: 大臣向けブリーフィング</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>所要時間(&amp;L):</translation>
    </message>
    <message>
        <source>Available panels</source>
        <translation>利用可能なパネル</translation>
    </message>
    <message>
        <source>&amp;Available panels (check to include):</source>
        <translation>利用可能なパネル（チェックしたものを含める）(&amp;A):</translation>
    </message>
    <message>
        <source>Order of the briefing</source>
        <translation>ブリーフィングの順序</translation>
    </message>
    <message>
        <source>&amp;Order (drag, or Alt+Up and Alt+Down):</source>
        <translation>順序（ドラッグ、または Alt+Up / Alt+Down）(&amp;O):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the selected panel up (Alt+Up)</source>
        <translation>選択したパネルを上へ移動 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move the selected panel down (Alt+Down)</source>
        <translation>選択したパネルを下へ移動 (Alt+Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n panel of this briefing is not in the loaded pack; it is kept, at the end, for a pack that has it.</source>
        <translation>
            <numerusform>このブリーフィングのパネルのうち %n 個が、読み込まれているパックにありません。該当するパネルは、それを含むパックで使えるよう末尾に残してあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels of this briefing are not in the loaded pack; they are kept, at the end, for a pack that has them.</source>
        <translation>
            <numerusform>このブリーフィングのパネルのうち %n 個が、読み込まれているパックにありません。該当するパネルは、それを含むパックで使えるよう末尾に残してあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>no figure</source>
        <translation>数値なし</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{category} {value}</source>
        <translation>{category} {value}</translation>
    </message>
    <message>
        <source>{category} —</source>
        <comment>a category with no value</comment>
        <translation>{category} —</translation>
    </message>
    <message>
        <source>{series}: {values} ({unit})</source>
        <translation>{series}: {values}（{unit}）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two values</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>briefing</source>
        <comment>a file name, for a briefing whose title gives none</comment>
        <translation>ブリーフィング</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>jvdesk hit an unexpected error and carried on. Details were written to {log}.</source>
        <translation>予期しないエラーが発生しましたが、jvdesk は処理を続行しました。詳細は {log} に記録されています。</translation>
    </message>
    <message>
        <source>jvdesk hit an unexpected error and carried on.</source>
        <translation>予期しないエラーが発生しましたが、jvdesk は処理を続行しました。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export briefing</source>
        <translation>ブリーフィングのエクスポート</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート失敗</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page).</source>
        <translation>
            <numerusform>{path} を保存しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n pages).</source>
        <translation>
            <numerusform>{path} を保存しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n slide).</source>
        <translation>
            <numerusform>{path} を保存しました（スライド %n 枚）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n slides).</source>
        <translation>
            <numerusform>{path} を保存しました（スライド %n 枚）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Some text is too long for its slide and runs over its box:</source>
        <translation>一部のテキストがスライドに収まらず、枠からはみ出しています:</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed unexpectedly; details were written to {log}.</source>
        <translation>エクスポート中に予期しないエラーが発生しました。詳細は {log} に記録されています。</translation>
    </message>
    <message>
        <source>Export failed unexpectedly, and the details could not be logged.</source>
        <translation>エクスポート中に予期しないエラーが発生しました。詳細はログに記録できませんでした。</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>&amp;Briefing:</source>
        <translation>ブリーフィング(&amp;B):</translation>
    </message>
    <message>
        <source>Panels to export</source>
        <translation>エクスポートするパネル</translation>
    </message>
    <message>
        <source>&amp;Panels:</source>
        <translation>パネル(&amp;P):</translation>
    </message>
    <message>
        <source>PowerPoint (.pptx)</source>
        <translation>PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>PDF handout (.pdf)</source>
        <translation>PDF 配布資料 (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>縦横比(&amp;A):</translation>
    </message>
    <message>
        <source>Include speaker &amp;notes</source>
        <translation>スピーカーノートを含める(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Slide language:</source>
        <translation>スライドの言語(&amp;S):</translation>
    </message>
    <message>
        <source>Same as the slides</source>
        <translation>スライドと同じ</translation>
    </message>
    <message>
        <source>Speaker notes lan&amp;guage:</source>
        <translation>スピーカーノートの言語(&amp;G):</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>取扱区分表示なし</translation>
    </message>
    <message>
        <source>None: for example RESTRICTED or DRAFT</source>
        <translation>なし（例: RESTRICTED、DRAFT）</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>取扱区分表示</translation>
    </message>
    <message>
        <source>Printed in every slide&apos;s footer and every handout page&apos;s header and footer</source>
        <translation>すべてのスライドのフッターと、配布資料の全ページのヘッダーおよびフッターに印刷されます</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>取扱区分表示(&amp;M):</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>The file the deck or handout is written to</source>
        <translation>スライド資料または配布資料を保存するファイル</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>保存先(&amp;V):</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint プレゼンテーション (*.pptx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>テンプレートの選択</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint テンプレート (*.pptx *.potx)</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n panel, {minutes} min)</source>
        <translation>
            <numerusform>{title}（%n パネル、{minutes}分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n panels, {minutes} min)</source>
        <translation>
            <numerusform>{title}（%n パネル、{minutes}分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panel of this briefing is not in the loaded pack.</source>
        <translation>
            <numerusform>このブリーフィングのパネルのうち %n 個が、読み込まれているパックにありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels of this briefing are not in the loaded pack.</source>
        <translation>
            <numerusform>このブリーフィングのパネルのうち %n 個が、読み込まれているパックにありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>jvdesk&apos;s own template</source>
        <translation>jvdesk 標準のテンプレート</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language jvdesk and the pack are shown in</source>
        <translation>jvdesk とコンテンツパックの表示言語</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>jvdesk — {title}</source>
        <translation>jvdesk — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n panel</source>
        <translation>
            <numerusform>%n パネル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels</source>
        <translation>
            <numerusform>%n パネル</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} {version} · {panels} · {signature} · checksum {checksum}</source>
        <translation>{title} {version} · {panels} · {signature} · チェックサム {checksum}</translation>
    </message>
    <message>
        <source>Open a content pack folder</source>
        <translation>コンテンツパックのフォルダーを開く</translation>
    </message>
    <message>
        <source>The signature does not match</source>
        <translation>署名が一致しません</translation>
    </message>
    <message>
        <source>{reason}. The pack may have been altered after it was signed, so jvdesk refuses it and keeps the pack it had. Ask its publisher for a new copy.</source>
        <translation>{reason}。このパックは署名後に改変された可能性があるため、jvdesk はこのパックを開かず、現在のパックを引き続き使用します。発行元に新しいコピーを依頼してください。</translation>
    </message>
    <message>
        <source>The pack file cannot be opened</source>
        <translation>パックファイルを開けません</translation>
    </message>
    <message>
        <source>{reason}. jvdesk keeps the pack it had.</source>
        <translation>{reason}。jvdesk は現在のパックを引き続き使用します。</translation>
    </message>
    <message>
        <source>The pack could not be checked</source>
        <translation>パックを検証できませんでした</translation>
    </message>
    <message>
        <source>{reason}. jvdesk keeps the pack it had. Open the pack again; if the same happens, reinstall jvdesk.</source>
        <translation>{reason}。jvdesk は現在のパックを引き続き使用します。パックをもう一度開いてください。同じ問題が起きる場合は、jvdesk を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Speaker notes</source>
        <translation>スピーカーノート</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>問題を表示</translation>
    </message>
    <message>
        <source>{folder} was not opened: it has 1 problem. jvdesk shows its own pack, {title}, instead.</source>
        <translation>{folder} には問題が 1 件あるため、開きませんでした。代わりに jvdesk 付属のパック「{title}」を表示しています。</translation>
    </message>
    <message>
        <source>{folder} was not opened: it has {count} problems. jvdesk shows its own pack, {title}, instead.</source>
        <translation>{folder} には問題が {count} 件あるため、開きませんでした。代わりに jvdesk 付属のパック「{title}」を表示しています。</translation>
    </message>
    <message>
        <source>{folder} could not be checked ({reason}). jvdesk shows its own pack, {title}, instead. Open the pack again; if the same happens, reinstall jvdesk.</source>
        <translation>{folder} を検証できませんでした（{reason}）。代わりに jvdesk 付属のパック「{title}」を表示しています。パックをもう一度開いてください。同じ問題が起きる場合は、jvdesk を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Open a content pack</source>
        <translation>コンテンツパックを開く</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}（バージョン {version}）</translation>
    </message>
    <message>
        <source>This is an older version, {opening}, than the one open, {current}. Opening it replaces the newer one.</source>
        <translation>これは現在開いているバージョン {current} より古いバージョン {opening} です。開くと新しいバージョンが置き換えられます。</translation>
    </message>
    <message>
        <source>What changed since version {version}</source>
        <translation>バージョン {version} からの変更点</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Signed by {publisher}, verified.</source>
        <translation>{publisher} による署名を検証済みです。</translation>
    </message>
    <message>
        <source>Signed with a key that is not among your trusted publishers (key {fingerprint}). Its contents match that signature, but who signed it is not known. Open it anyway?</source>
        <translation>信頼する発行元に登録されていない鍵で署名されています（鍵 {fingerprint}）。内容はその署名と一致していますが、署名者は不明です。それでも開きますか？</translation>
    </message>
    <message>
        <source>Unsigned: nobody vouches for this pack&apos;s contents. Open it anyway? A banner will say so while it is loaded.</source>
        <translation>署名なし：このパックの内容を保証する者はいません。それでも開きますか？読み込んでいる間は、その旨がバナーに表示されます。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>{summit} · {place} · {dates}</source>
        <translation>{summit} · {place} · {dates}</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between two leaders</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{role} {name}</translation>
    </message>
    <message>
        <source>Adopted: {documents}</source>
        <translation>採択文書: {documents}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two adopted documents</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Information as of {date}</source>
        <translation>{date} 時点の情報</translation>
    </message>
    <message>
        <source>The panels</source>
        <translation>パネル一覧</translation>
    </message>
    <message>
        <source>Since the summit</source>
        <translation>首脳会談以降の動き</translation>
    </message>
    <message>
        <source>{title} — {detail}</source>
        <translation>{title} — {detail}</translation>
    </message>
</context>
<context>
    <name>PackCheck</name>
    <message>
        <source>Checking the content pack…</source>
        <translation>コンテンツパックを検証しています…</translation>
    </message>
    <message>
        <source>Opening a content pack</source>
        <translation>コンテンツパックを開く</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>jvdesk&apos;s own pack</source>
        <translation>jvdesk 付属のパック</translation>
    </message>
    <message>
        <source>a pack folder, not signed</source>
        <translation>パックフォルダー（署名なし）</translation>
    </message>
    <message>
        <source>signed by {publisher}, verified</source>
        <translation>{publisher} による署名、検証済み</translation>
    </message>
    <message>
        <source>signed by a key you do not trust ({fingerprint})</source>
        <translation>信頼していない鍵による署名（{fingerprint}）</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>This pack is signed with a key that is not among your trusted publishers (key {fingerprint}): who made it is not known. Check its figures before you brief from it.</source>
        <translation>このパックは、信頼する発行元に登録されていない鍵で署名されているため（鍵 {fingerprint}）、作成者は不明です。このパックを基にブリーフィングを行う前に、数値を確認してください。</translation>
    </message>
    <message>
        <source>This pack is unsigned: nobody vouches for its contents. Check its figures before you brief from it.</source>
        <translation>このパックには署名がなく、内容を保証する者はいません。このパックを基にブリーフィングを行う前に、数値を確認してください。</translation>
    </message>
</context>
<context>
    <name>PanelList</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>パネル</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Progress towards the targets</source>
        <translation>目標に向けた進捗</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Key initiatives</source>
        <translation>主な取組</translation>
    </message>
    <message>
        <source>{title} — {detail}</source>
        <translation>{title} — {detail}</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>発言</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message numerus="yes">
        <source>%n text on this page has no {language} translation yet and is shown in English.</source>
        <translation>
            <numerusform>このページの %n 件のテキストはまだ{language}訳がないため、英語で表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts on this page have no {language} translation yet and are shown in English.</source>
        <translation>
            <numerusform>このページの %n 件のテキストはまだ{language}訳がないため、英語で表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>{time_frame} · {flow}</source>
        <translation>{time_frame} · {flow}</translation>
    </message>
    <message>
        <source>Baseline: {label}, {figure} ({as_of})</source>
        <translation>基準値: {label}、{figure}（{as_of}）</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <source>What would count: {reading}</source>
        <translation>実績値となるもの：{reading}</translation>
    </message>
    <message>
        <source>Latest reading: {figure} as of {date}</source>
        <translation>最新の実績値：{date}時点で{figure}</translation>
    </message>
    <message>
        <source>Latest indicator: {label}, {figure} as of {date}</source>
        <translation>最新の参考指標：{label}、{date}時点で{figure}</translation>
    </message>
    <message>
        <source>{reading} (stale: more than 18 months before the pack&apos;s date)</source>
        <translation>{reading}（パックの日付より18か月を超える古いデータ）</translation>
    </message>
    <message>
        <source>{figure}, {label}, {when}, {sources}</source>
        <translation>{figure}、{label}、{when}、{sources}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>source {numbers}</source>
        <translation>出典 {numbers}</translation>
    </message>
    <message>
        <source>sources {numbers}</source>
        <translation>出典 {numbers}</translation>
    </message>
    <message>
        <source>Data of {title}</source>
        <translation>「{title}」のデータ</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>データを表で表示</translation>
    </message>
    <message>
        <source>Hide data table</source>
        <translation>データの表を隠す</translation>
    </message>
    <message>
        <source>— {speaker}, {role}, {occasion}, {place}, {date}</source>
        <translation>— {role} {speaker}、{occasion}、{place}、{date}</translation>
    </message>
    <message>
        <source>— {speaker}, {role}, {place}, {date}</source>
        <translation>— {role} {speaker}、{place}、{date}</translation>
    </message>
    <message>
        <source>Official translation</source>
        <translation>公式訳</translation>
    </message>
    <message>
        <source>Published by an official body; its source is marked.</source>
        <translation>公的機関が公表した翻訳です。出典を明記しています。</translation>
    </message>
    <message>
        <source>Unofficial translation</source>
        <translation>非公式訳</translation>
    </message>
    <message>
        <source>Translated for this pack; not an official text.</source>
        <translation>このパック用に翻訳したもので、公式の文書ではありません。</translation>
    </message>
    <message>
        <source>The original words</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>PanelTile</name>
    <message>
        <source>{label}, {time_frame}</source>
        <translation>{label}（{time_frame}）</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>jvdesk presenter view</source>
        <translation>jvdesk 発表者ビュー</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>スライド {number} / {count}</translation>
    </message>
    <message>
        <source>Pause timer (T)</source>
        <translation>タイマーを一時停止 (T)</translation>
    </message>
    <message>
        <source>Reset timer (R)</source>
        <translation>タイマーをリセット (R)</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>現在のスライド</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>次のスライド</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>スピーカーノート</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>画面を入れ替え (S)</translation>
    </message>
    <message>
        <source>End show (Esc)</source>
        <translation>スライドショーを終了 (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次のスライド</translation>
    </message>
    <message>
        <source>End of the briefing</source>
        <translation>ブリーフィング終了</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>このスライドにはスピーカーノートがありません。</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>経過 {time}</translation>
    </message>
    <message>
        <source>Left {time}</source>
        <translation>残り {time}</translation>
    </message>
    <message>
        <source>Resume timer (T)</source>
        <translation>タイマーを再開 (T)</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The content pack has problems</source>
        <translation>コンテンツパックに問題があります</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found, so the pack was not opened; jvdesk shows its own pack instead. Fix it in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>問題が %n 件見つかったため、パックを開きませんでした。代わりに jvdesk 付属のパックを表示しています。パックのファイルで問題を修正してから、もう一度開いてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found, so the pack was not opened; jvdesk shows its own pack instead. Fix these in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>問題が %n 件見つかったため、パックを開きませんでした。代わりに jvdesk 付属のパックを表示しています。パックのファイルで問題を修正してから、もう一度開いてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found, so the pack was not opened; jvdesk keeps the pack it had. Fix it in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>問題が %n 件見つかったため、パックを開きませんでした。jvdesk は現在のパックを引き続き使用します。パックのファイルで問題を修正してから、もう一度開いてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found, so the pack was not opened; jvdesk keeps the pack it had. Fix these in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>問題が %n 件見つかったため、パックを開きませんでした。jvdesk は現在のパックを引き続き使用します。パックのファイルで問題を修正してから、もう一度開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>The problems are on the clipboard: paste them into an e-mail or a note.</source>
        <translation>問題の一覧をクリップボードにコピーしました。メールやメモに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>フロート</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>ドックウィジェットのドッキング解除やドッキングを行う</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>ドックウィジェットを閉じる</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全てはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全ていいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search panels, targets, quotes, sources (Ctrl+F)</source>
        <translation>パネル、目標、発言、出典を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>{page} · {kind}
{snippet}</source>
        <translation>{page} · {kind}
{snippet}</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>「{query}」に一致する項目はありません。</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>パネル</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>発言</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>スピーカーノート</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>その後の動き</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <source>, </source>
        <comment>between the keys of one action</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>  /  </source>
        <comment>between the keys of two actions</comment>
        <translation>  /  </translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>プレゼンテーションのキー操作</translation>
    </message>
    <message>
        <source>{keys}, click</source>
        <translation>{keys}、クリック</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>次のスライド</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>前のスライド</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>最初 / 最後のスライド</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>番号を入力して Enter</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>そのスライドへ移動</translation>
    </message>
    <message>
        <source>Black / white screen (again to return)</source>
        <translation>黒 / 白の画面（もう一度押すと戻る）</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>全スライドの一覧</translation>
    </message>
    <message>
        <source>Hold {keys} or the right mouse button</source>
        <translation>{keys} またはマウスの右ボタンを押したまま</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>レーザーポインター</translation>
    </message>
    <message>
        <source>Zoom in where the pointer is (again to return)</source>
        <translation>ポインターの位置を拡大（もう一度押すと戻る）</translation>
    </message>
    <message>
        <source>Pause or resume / reset the timer</source>
        <translation>タイマーの一時停止・再開 / リセット</translation>
    </message>
    <message>
        <source>Swap the audience and presenter screens</source>
        <translation>聴衆用と発表者用の画面を入れ替え</translation>
    </message>
    <message>
        <source>Presenter view on a single screen</source>
        <translation>1 台の画面で発表者ビューを表示</translation>
    </message>
    <message>
        <source>Larger / smaller speaker notes</source>
        <translation>スピーカーノートの拡大 / 縮小</translation>
    </message>
    <message>
        <source>Leave the current mode, then the show</source>
        <translation>現在のモードを終了（もう一度押すとスライドショーを終了）</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>このキー一覧を表示</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>End of the briefing</source>
        <translation>ブリーフィング終了</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>jvdesk works offline: copy the address to open it in a browser later.</source>
        <translation>jvdesk はオフラインで動作します。アドレスをコピーして、後でブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>official</source>
        <comment>kind of source</comment>
        <translation>公式</translation>
    </message>
    <message>
        <source>press</source>
        <comment>kind of source</comment>
        <translation>報道</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>kind of source</comment>
        <translation>参考</translation>
    </message>
    <message>
        <source>{publisher} ({kind})</source>
        <translation>{publisher}（{kind}）</translation>
    </message>
    <message>
        <source>{publisher}, {date} ({kind})</source>
        <translation>{publisher}、{date}（{kind}）</translation>
    </message>
</context>
<context>
    <name>SourceMark</name>
    <message>
        <source>Show the source</source>
        <translation>出典を表示</translation>
    </message>
    <message>
        <source>Source {mark}</source>
        <translation>出典 {mark}</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状況</translation>
    </message>
</context>
<context>
    <name>TrajectorySpark</name>
    <message>
        <source>Trajectory</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>At least {figure} every year from {start} to {end}</source>
        <translation>{start}から{end}まで毎年{figure}以上</translation>
    </message>
    <message>
        <source>From {start_figure} on {start} to {figure} by {end}</source>
        <translation>{start}の{start_figure}から{end}までに{figure}へ</translation>
    </message>
</context>
<context>
    <name>TrustedPublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>信頼する発行元</translation>
    </message>
    <message>
        <source>Pack files signed with one of these keys open as verified, under the name stored here. Add a publisher&apos;s .pub file only when you got it from them through a channel you trust.</source>
        <translation>これらのいずれかの鍵で署名されたパックファイルは、ここに保存されている名前で、検証済みとして開かれます。発行元の .pub ファイルは、信頼できる経路で発行元から入手した場合にのみ追加してください。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>{name} — key {fingerprint}</source>
        <translation>{name} — 鍵 {fingerprint}</translation>
    </message>
    <message>
        <source>{key} (installed by your administrator)</source>
        <translation>{key}（管理者がインストール）</translation>
    </message>
    <message>
        <source>Add a trusted publisher</source>
        <translation>信頼する発行元の追加</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>公開鍵 (*.pub)</translation>
    </message>
    <message>
        <source>The key was not added</source>
        <translation>鍵を追加できませんでした</translation>
    </message>
    <message>
        <source>The key was not removed</source>
        <translation>鍵を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Go back to version {version}</source>
        <translation>バージョン {version} に戻る(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open content pack…</source>
        <translation>コンテンツパックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export deck or handout…</source>
        <translation>スライド資料または配布資料をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>&amp;Present the briefing</source>
        <translation>ブリーフィングを発表(&amp;P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Present from this &amp;panel</source>
        <translation>このパネルから発表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>ライトテーマ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>ダークテーマ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast (projector)</source>
        <translation>ハイコントラスト（プロジェクター用）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>Speaker &amp;notes</source>
        <translation>スピーカーノート(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>ブリーフィング(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About jvdesk</source>
        <translation>jvdesk のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>信頼する発行元(&amp;T)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>ブリーフィング:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>jvdesk cannot start</source>
        <translation>jvdesk を起動できません</translation>
    </message>
    <message>
        <source>jvdesk&apos;s own content pack cannot be opened ({reason}). Reinstall jvdesk.</source>
        <translation>jvdesk 付属のコンテンツパックを開けません（{reason}）。jvdesk を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Checked against the official text</source>
        <translation>公式文書と照合済み</translation>
    </message>
    <message>
        <source>From summaries; to be checked against the official text</source>
        <translation>要約に基づく（公式文書との照合待ち）</translation>
    </message>
</context>
</TS>
