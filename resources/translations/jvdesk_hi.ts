<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About jvdesk</source>
        <translation>jvdesk के बारे में</translation>
    </message>
    <message>
        <source>Briefing desk for the India–Japan Joint Vision for the Next Decade. Works offline; opens no network connection.</source>
        <translation>अगले दशक के लिए भारत–जापान संयुक्त विज़न हेतु ब्रीफ़िंग डेस्क। यह ऑफ़लाइन काम करता है; कोई नेटवर्क कनेक्शन नहीं खोलता।</translation>
    </message>
    <message>
        <source>Content pack: {title}, version {version}</source>
        <translation>सामग्री पैक: {title}, संस्करण {version}</translation>
    </message>
    <message>
        <source>Publisher and signature: {signature}</source>
        <translation>प्रकाशक और हस्ताक्षर: {signature}</translation>
    </message>
    <message>
        <source>SHA-256 {checksum}</source>
        <translation>SHA-256 {checksum}</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>सम्मिलित घटक और उनके लाइसेंस</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>jvdesk presentation</source>
        <translation>jvdesk प्रस्तुति</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <translation>स्लाइड {number} / {count}: {title}</translation>
    </message>
    <message>
        <source>Go to slide {number}</source>
        <translation>स्लाइड {number} पर जाएँ</translation>
    </message>
</context>
<context>
    <name>BriefingChooser</name>
    <message>
        <source>&amp;Compose a briefing…</source>
        <translation>ब्रीफ़िंग तैयार करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit this briefing…</source>
        <translation>इस ब्रीफ़िंग को संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete this briefing</source>
        <translation>इस ब्रीफ़िंग को हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ब्रीफ़िंग</translation>
    </message>
    <message>
        <source>Compose a briefing…</source>
        <translation>ब्रीफ़िंग तैयार करें…</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Edit briefing</source>
        <translation>ब्रीफ़िंग संपादित करें</translation>
    </message>
    <message>
        <source>Compose a briefing</source>
        <translation>ब्रीफ़िंग तैयार करें</translation>
    </message>
    <message>
        <source>For example: Briefing for the Minister</source>
        <translation>उदाहरण: मंत्री महोदय के लिए ब्रीफ़िंग</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>अवधि (&amp;L):</translation>
    </message>
    <message>
        <source>Available panels</source>
        <translation>उपलब्ध पैनल</translation>
    </message>
    <message>
        <source>&amp;Available panels (check to include):</source>
        <translation>उपलब्ध पैनल (शामिल करने के लिए चिह्नित करें) (&amp;A):</translation>
    </message>
    <message>
        <source>Order of the briefing</source>
        <translation>ब्रीफ़िंग का क्रम</translation>
    </message>
    <message>
        <source>&amp;Order (drag, or Alt+Up and Alt+Down):</source>
        <translation>क्रम (खींचें, या Alt+Up और Alt+Down) (&amp;O):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move the selected panel up (Alt+Up)</source>
        <translation>चयनित पैनल को ऊपर ले जाएँ (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Move the selected panel down (Alt+Down)</source>
        <translation>चयनित पैनल को नीचे ले जाएँ (Alt+Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n panel of this briefing is not in the loaded pack; it is kept, at the end, for a pack that has it.</source>
        <translation>
            <numerusform>इस ब्रीफ़िंग का %n पैनल लोड किए गए पैक में नहीं है; उसे अंत में रखा गया है, उस पैक के लिए जिसमें वह उपलब्ध हो।</numerusform>
            <numerusform>इस ब्रीफ़िंग के %n पैनल लोड किए गए पैक में नहीं हैं; उन्हें अंत में रखा गया है, उस पैक के लिए जिसमें वे उपलब्ध हों।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels of this briefing are not in the loaded pack; they are kept, at the end, for a pack that has them.</source>
        <translation>
            <numerusform>इस ब्रीफ़िंग का %n पैनल लोड किए गए पैक में नहीं है; उसे अंत में रखा गया है, उस पैक के लिए जिसमें वह उपलब्ध हो।</numerusform>
            <numerusform>इस ब्रीफ़िंग के %n पैनल लोड किए गए पैक में नहीं हैं; उन्हें अंत में रखा गया है, उस पैक के लिए जिसमें वे उपलब्ध हों।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>no figure</source>
        <translation>आँकड़ा उपलब्ध नहीं</translation>
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
        <translation>{series}: {values} ({unit})</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two values</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>briefing</source>
        <comment>a file name, for a briefing whose title gives none</comment>
        <translation>ब्रीफ़िंग</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
    <message>
        <source>jvdesk hit an unexpected error and carried on. Details were written to {log}.</source>
        <translation>jvdesk में एक अप्रत्याशित त्रुटि हुई, फिर भी वह चलता रहा। विवरण {log} में लिखा गया है।</translation>
    </message>
    <message>
        <source>jvdesk hit an unexpected error and carried on.</source>
        <translation>jvdesk में एक अप्रत्याशित त्रुटि हुई, फिर भी वह चलता रहा।</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>कोई त्रुटि हुई</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export briefing</source>
        <translation>ब्रीफ़िंग निर्यात करें</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>निर्यात की प्रगति</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात विफल रहा</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात करें (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>फ़ोल्डर खोलें (&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…और %n अन्य।</numerusform>
            <numerusform>…और %n अन्य।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page).</source>
        <translation>
            <numerusform>{path} सहेजा गया (%n पृष्ठ)।</numerusform>
            <numerusform>{path} सहेजा गया (%n पृष्ठ)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n pages).</source>
        <translation>
            <numerusform>{path} सहेजा गया (%n पृष्ठ)।</numerusform>
            <numerusform>{path} सहेजा गया (%n पृष्ठ)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n slide).</source>
        <translation>
            <numerusform>{path} सहेजा गया (%n स्लाइड)।</numerusform>
            <numerusform>{path} सहेजा गया (%n स्लाइड)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n slides).</source>
        <translation>
            <numerusform>{path} सहेजा गया (%n स्लाइड)।</numerusform>
            <numerusform>{path} सहेजा गया (%n स्लाइड)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात किया जा रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Some text is too long for its slide and runs over its box:</source>
        <translation>कुछ पाठ अपनी स्लाइड के लिए बहुत लंबा है और अपने बॉक्स से बाहर जा रहा है:</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>निर्यात रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Export failed unexpectedly; details were written to {log}.</source>
        <translation>निर्यात अप्रत्याशित रूप से विफल रहा; विवरण {log} में लिखा गया है।</translation>
    </message>
    <message>
        <source>Export failed unexpectedly, and the details could not be logged.</source>
        <translation>निर्यात अप्रत्याशित रूप से विफल रहा, और विवरण लॉग नहीं किया जा सका।</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>&amp;Briefing:</source>
        <translation>ब्रीफ़िंग (&amp;B):</translation>
    </message>
    <message>
        <source>Panels to export</source>
        <translation>निर्यात के लिए पैनल</translation>
    </message>
    <message>
        <source>&amp;Panels:</source>
        <translation>पैनल (&amp;P):</translation>
    </message>
    <message>
        <source>PowerPoint (.pptx)</source>
        <translation>PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>PDF handout (.pdf)</source>
        <translation>PDF हैंडआउट (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>प्रारूप (&amp;F):</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>ब्राउज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>टेम्पलेट:</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>आकार अनुपात (&amp;A):</translation>
    </message>
    <message>
        <source>Include speaker &amp;notes</source>
        <translation>वक्ता नोट्स शामिल करें (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Slide language:</source>
        <translation>स्लाइड की भाषा (&amp;S):</translation>
    </message>
    <message>
        <source>Same as the slides</source>
        <translation>स्लाइडों के समान</translation>
    </message>
    <message>
        <source>Speaker notes lan&amp;guage:</source>
        <translation>वक्ता नोट्स की भाषा (&amp;G):</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>कोई प्रबंधन चिह्न नहीं</translation>
    </message>
    <message>
        <source>None: for example RESTRICTED or DRAFT</source>
        <translation>कोई नहीं: उदाहरण के लिए RESTRICTED या DRAFT</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>प्रबंधन चिह्न</translation>
    </message>
    <message>
        <source>Printed in every slide&apos;s footer and every handout page&apos;s header and footer</source>
        <translation>हर स्लाइड के पादलेख (फ़ुटर) में और हैंडआउट के हर पृष्ठ के शीर्षलेख (हेडर) और पादलेख में मुद्रित होता है</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>प्रबंधन चिह्न (&amp;M):</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>यहाँ सहेजें</translation>
    </message>
    <message>
        <source>The file the deck or handout is written to</source>
        <translation>वह फ़ाइल जिसमें डेक या हैंडआउट सहेजा जाएगा</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>यहाँ सहेजें (&amp;V):</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint प्रस्तुतियाँ (*.pptx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>यहाँ निर्यात करें</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>टेम्पलेट चुनें</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint टेम्पलेट (*.pptx *.potx)</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n panel, {minutes} min)</source>
        <translation>
            <numerusform>{title} (%n पैनल, {minutes} मिनट)</numerusform>
            <numerusform>{title} (%n पैनल, {minutes} मिनट)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n panels, {minutes} min)</source>
        <translation>
            <numerusform>{title} (%n पैनल, {minutes} मिनट)</numerusform>
            <numerusform>{title} (%n पैनल, {minutes} मिनट)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panel of this briefing is not in the loaded pack.</source>
        <translation>
            <numerusform>इस ब्रीफ़िंग का %n पैनल लोड किए गए पैक में नहीं है।</numerusform>
            <numerusform>इस ब्रीफ़िंग के %n पैनल लोड किए गए पैक में नहीं हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels of this briefing are not in the loaded pack.</source>
        <translation>
            <numerusform>इस ब्रीफ़िंग का %n पैनल लोड किए गए पैक में नहीं है।</numerusform>
            <numerusform>इस ब्रीफ़िंग के %n पैनल लोड किए गए पैक में नहीं हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>jvdesk&apos;s own template</source>
        <translation>jvdesk का अपना टेम्पलेट</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>The language jvdesk and the pack are shown in</source>
        <translation>वह भाषा जिसमें jvdesk और पैक दिखाए जाते हैं</translation>
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
            <numerusform>%n पैनल</numerusform>
            <numerusform>%n पैनल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panels</source>
        <translation>
            <numerusform>%n पैनल</numerusform>
            <numerusform>%n पैनल</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} {version} · {panels} · {signature} · checksum {checksum}</source>
        <translation>{title} {version} · {panels} · {signature} · चेकसम {checksum}</translation>
    </message>
    <message>
        <source>Open a content pack folder</source>
        <translation>सामग्री पैक का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>The signature does not match</source>
        <translation>हस्ताक्षर मेल नहीं खाता</translation>
    </message>
    <message>
        <source>{reason}. The pack may have been altered after it was signed, so jvdesk refuses it and keeps the pack it had. Ask its publisher for a new copy.</source>
        <translation>{reason}। हो सकता है कि हस्ताक्षर के बाद पैक में परिवर्तन किया गया हो, इसलिए jvdesk इसे अस्वीकार करता है और पहले से खुला पैक ही बनाए रखता है। इसके प्रकाशक से नई प्रति माँगें।</translation>
    </message>
    <message>
        <source>The pack file cannot be opened</source>
        <translation>पैक फ़ाइल खोली नहीं जा सकती</translation>
    </message>
    <message>
        <source>{reason}. jvdesk keeps the pack it had.</source>
        <translation>{reason}। jvdesk पहले से खुला पैक ही बनाए रखता है।</translation>
    </message>
    <message>
        <source>The pack could not be checked</source>
        <translation>पैक की जाँच नहीं की जा सकी</translation>
    </message>
    <message>
        <source>{reason}. jvdesk keeps the pack it had. Open the pack again; if the same happens, reinstall jvdesk.</source>
        <translation>{reason}। jvdesk पहले से खुला पैक ही बनाए रखता है। पैक फिर से खोलें; यदि फिर वही हो, तो jvdesk दोबारा इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Speaker notes</source>
        <translation>वक्ता नोट्स</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>खारिज करें</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>समस्याएँ दिखाएँ</translation>
    </message>
    <message>
        <source>{folder} was not opened: it has 1 problem. jvdesk shows its own pack, {title}, instead.</source>
        <translation>{folder} नहीं खोला गया: इसमें 1 समस्या है। इसके स्थान पर jvdesk अपना पैक, {title}, दिखा रहा है।</translation>
    </message>
    <message>
        <source>{folder} was not opened: it has {count} problems. jvdesk shows its own pack, {title}, instead.</source>
        <translation>{folder} नहीं खोला गया: इसमें {count} समस्याएँ हैं। इसके स्थान पर jvdesk अपना पैक, {title}, दिखा रहा है।</translation>
    </message>
    <message>
        <source>{folder} could not be checked ({reason}). jvdesk shows its own pack, {title}, instead. Open the pack again; if the same happens, reinstall jvdesk.</source>
        <translation>{folder} की जाँच नहीं की जा सकी ({reason})। इसके स्थान पर jvdesk अपना पैक, {title}, दिखा रहा है। पैक फिर से खोलें; यदि फिर वही हो, तो jvdesk दोबारा इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Open a content pack</source>
        <translation>सामग्री पैक खोलें</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, संस्करण {version}</translation>
    </message>
    <message>
        <source>This is an older version, {opening}, than the one open, {current}. Opening it replaces the newer one.</source>
        <translation>यह खुले संस्करण {current} से पुराना संस्करण, {opening}, है। इसे खोलने से नया संस्करण हट जाएगा।</translation>
    </message>
    <message>
        <source>What changed since version {version}</source>
        <translation>संस्करण {version} के बाद से हुए परिवर्तन</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Signed by {publisher}, verified.</source>
        <translation>{publisher} द्वारा हस्ताक्षरित, सत्यापित।</translation>
    </message>
    <message>
        <source>Signed with a key that is not among your trusted publishers (key {fingerprint}). Its contents match that signature, but who signed it is not known. Open it anyway?</source>
        <translation>यह ऐसी कुंजी से हस्ताक्षरित है जो आपके विश्वसनीय प्रकाशकों में शामिल नहीं है (कुंजी {fingerprint})। इसकी सामग्री उस हस्ताक्षर से मेल खाती है, किंतु हस्ताक्षर किसने किए, यह ज्ञात नहीं है। फिर भी खोलें?</translation>
    </message>
    <message>
        <source>Unsigned: nobody vouches for this pack&apos;s contents. Open it anyway? A banner will say so while it is loaded.</source>
        <translation>अहस्ताक्षरित: इस पैक की सामग्री की पुष्टि कोई नहीं करता। फिर भी खोलें? जब तक यह लोड रहेगा, एक बैनर यह सूचना दिखाता रहेगा।</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
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
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>Adopted: {documents}</source>
        <translation>अंगीकृत दस्तावेज़: {documents}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two adopted documents</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Information as of {date}</source>
        <translation>{date} तक की जानकारी</translation>
    </message>
    <message>
        <source>The panels</source>
        <translation>पैनल</translation>
    </message>
    <message>
        <source>Since the summit</source>
        <translation>शिखर सम्मेलन के बाद से</translation>
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
        <translation>सामग्री पैक की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>Opening a content pack</source>
        <translation>सामग्री पैक खोला जा रहा है</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>jvdesk&apos;s own pack</source>
        <translation>jvdesk का अपना पैक</translation>
    </message>
    <message>
        <source>a pack folder, not signed</source>
        <translation>पैक फ़ोल्डर, अहस्ताक्षरित</translation>
    </message>
    <message>
        <source>signed by {publisher}, verified</source>
        <translation>{publisher} द्वारा हस्ताक्षरित, सत्यापित</translation>
    </message>
    <message>
        <source>signed by a key you do not trust ({fingerprint})</source>
        <translation>ऐसी कुंजी से हस्ताक्षरित जिस पर आप भरोसा नहीं करते ({fingerprint})</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>अहस्ताक्षरित</translation>
    </message>
    <message>
        <source>This pack is signed with a key that is not among your trusted publishers (key {fingerprint}): who made it is not known. Check its figures before you brief from it.</source>
        <translation>यह पैक ऐसी कुंजी से हस्ताक्षरित है जो आपके विश्वसनीय प्रकाशकों में शामिल नहीं है (कुंजी {fingerprint}): इसे किसने बनाया, यह ज्ञात नहीं है। इसके आधार पर ब्रीफ़िंग देने से पहले इसके आँकड़े जाँच लें।</translation>
    </message>
    <message>
        <source>This pack is unsigned: nobody vouches for its contents. Check its figures before you brief from it.</source>
        <translation>यह पैक अहस्ताक्षरित है: इसकी सामग्री की पुष्टि कोई नहीं करता। इसके आधार पर ब्रीफ़िंग देने से पहले इसके आँकड़े जाँच लें।</translation>
    </message>
</context>
<context>
    <name>PanelList</name>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>पैनल</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Targets</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Progress towards the targets</source>
        <translation>लक्ष्यों की ओर प्रगति</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>प्रमुख आँकड़े</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Key initiatives</source>
        <translation>प्रमुख पहलें</translation>
    </message>
    <message>
        <source>{title} — {detail}</source>
        <translation>{title} — {detail}</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>उनके शब्दों में</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>जापानी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message numerus="yes">
        <source>%n text on this page has no {language} translation yet and is shown in English.</source>
        <translation>
            <numerusform>इस पृष्ठ के %n पाठ का अभी तक {language} अनुवाद नहीं है, इसलिए वह अंग्रेज़ी में दिखाया गया है।</numerusform>
            <numerusform>इस पृष्ठ के %n पाठों का अभी तक {language} अनुवाद नहीं है, इसलिए वे अंग्रेज़ी में दिखाए गए हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts on this page have no {language} translation yet and are shown in English.</source>
        <translation>
            <numerusform>इस पृष्ठ के %n पाठ का अभी तक {language} अनुवाद नहीं है, इसलिए वह अंग्रेज़ी में दिखाया गया है।</numerusform>
            <numerusform>इस पृष्ठ के %n पाठों का अभी तक {language} अनुवाद नहीं है, इसलिए वे अंग्रेज़ी में दिखाए गए हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>{time_frame} · {flow}</source>
        <translation>{time_frame} · {flow}</translation>
    </message>
    <message>
        <source>Baseline: {label}, {figure} ({as_of})</source>
        <translation>आधार-रेखा: {label}, {figure} ({as_of})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>स्थिति: {status}</translation>
    </message>
    <message>
        <source>What would count: {reading}</source>
        <translation>क्या गिना जाएगा: {reading}</translation>
    </message>
    <message>
        <source>Latest reading: {figure} as of {date}</source>
        <translation>नवीनतम रीडिंग: {date} तक {figure}</translation>
    </message>
    <message>
        <source>Latest indicator: {label}, {figure} as of {date}</source>
        <translation>नवीनतम संकेतक: {label}, {date} तक {figure}</translation>
    </message>
    <message>
        <source>{reading} (stale: more than 18 months before the pack&apos;s date)</source>
        <translation>{reading} (पुरानी: पैक की तिथि से 18 महीने से अधिक पहले की)</translation>
    </message>
    <message>
        <source>{figure}, {label}, {when}, {sources}</source>
        <translation>{figure}, {label}, {when}, {sources}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} से {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>source {numbers}</source>
        <translation>स्रोत {numbers}</translation>
    </message>
    <message>
        <source>sources {numbers}</source>
        <translation>स्रोत {numbers}</translation>
    </message>
    <message>
        <source>Data of {title}</source>
        <translation>{title} का डेटा</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>डेटा तालिका के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Hide data table</source>
        <translation>डेटा तालिका छिपाएँ</translation>
    </message>
    <message>
        <source>— {speaker}, {role}, {occasion}, {place}, {date}</source>
        <translation>— {speaker}, {role}, {occasion}, {place}, {date}</translation>
    </message>
    <message>
        <source>— {speaker}, {role}, {place}, {date}</source>
        <translation>— {speaker}, {role}, {place}, {date}</translation>
    </message>
    <message>
        <source>Official translation</source>
        <translation>आधिकारिक अनुवाद</translation>
    </message>
    <message>
        <source>Published by an official body; its source is marked.</source>
        <translation>किसी आधिकारिक निकाय द्वारा प्रकाशित; इसका स्रोत चिह्नित है।</translation>
    </message>
    <message>
        <source>Unofficial translation</source>
        <translation>अनौपचारिक अनुवाद</translation>
    </message>
    <message>
        <source>Translated for this pack; not an official text.</source>
        <translation>इस पैक के लिए अनूदित; यह आधिकारिक पाठ नहीं है।</translation>
    </message>
    <message>
        <source>The original words</source>
        <translation>मूल शब्द</translation>
    </message>
</context>
<context>
    <name>PanelTile</name>
    <message>
        <source>{label}, {time_frame}</source>
        <translation>{label}, {time_frame}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>स्थिति: {status}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>jvdesk presenter view</source>
        <translation>jvdesk प्रस्तुतकर्ता दृश्य</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>स्लाइड {number} / {count}</translation>
    </message>
    <message>
        <source>Pause timer (T)</source>
        <translation>टाइमर रोकें (T)</translation>
    </message>
    <message>
        <source>Reset timer (R)</source>
        <translation>टाइमर रीसेट करें (R)</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>वर्तमान स्लाइड</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>अगली स्लाइड</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>वक्ता नोट्स</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>स्क्रीन आपस में बदलें (S)</translation>
    </message>
    <message>
        <source>End show (Esc)</source>
        <translation>प्रस्तुति समाप्त करें (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगली स्लाइड</translation>
    </message>
    <message>
        <source>End of the briefing</source>
        <translation>ब्रीफ़िंग समाप्त</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>इस स्लाइड के लिए कोई वक्ता नोट्स नहीं हैं।</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>बीता समय {time}</translation>
    </message>
    <message>
        <source>Left {time}</source>
        <translation>शेष समय {time}</translation>
    </message>
    <message>
        <source>Resume timer (T)</source>
        <translation>टाइमर फिर से चालू करें (T)</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The content pack has problems</source>
        <translation>सामग्री पैक में समस्याएँ हैं</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found, so the pack was not opened; jvdesk shows its own pack instead. Fix it in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>%n समस्या मिली, इसलिए पैक नहीं खोला गया; इसके स्थान पर jvdesk अपना पैक दिखा रहा है। पैक की फ़ाइलों में इसे ठीक करें और पैक फिर से खोलें।</numerusform>
            <numerusform>%n समस्याएँ मिलीं, इसलिए पैक नहीं खोला गया; इसके स्थान पर jvdesk अपना पैक दिखा रहा है। पैक की फ़ाइलों में इन्हें ठीक करें और पैक फिर से खोलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found, so the pack was not opened; jvdesk shows its own pack instead. Fix these in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>%n समस्या मिली, इसलिए पैक नहीं खोला गया; इसके स्थान पर jvdesk अपना पैक दिखा रहा है। पैक की फ़ाइलों में इसे ठीक करें और पैक फिर से खोलें।</numerusform>
            <numerusform>%n समस्याएँ मिलीं, इसलिए पैक नहीं खोला गया; इसके स्थान पर jvdesk अपना पैक दिखा रहा है। पैक की फ़ाइलों में इन्हें ठीक करें और पैक फिर से खोलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found, so the pack was not opened; jvdesk keeps the pack it had. Fix it in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>%n समस्या मिली, इसलिए पैक नहीं खोला गया; jvdesk पहले से खुला पैक ही बनाए रखता है। पैक की फ़ाइलों में इसे ठीक करें और पैक फिर से खोलें।</numerusform>
            <numerusform>%n समस्याएँ मिलीं, इसलिए पैक नहीं खोला गया; jvdesk पहले से खुला पैक ही बनाए रखता है। पैक की फ़ाइलों में इन्हें ठीक करें और पैक फिर से खोलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found, so the pack was not opened; jvdesk keeps the pack it had. Fix these in the pack&apos;s files and open it again.</source>
        <translation>
            <numerusform>%n समस्या मिली, इसलिए पैक नहीं खोला गया; jvdesk पहले से खुला पैक ही बनाए रखता है। पैक की फ़ाइलों में इसे ठीक करें और पैक फिर से खोलें।</numerusform>
            <numerusform>%n समस्याएँ मिलीं, इसलिए पैक नहीं खोला गया; jvdesk पहले से खुला पैक ही बनाए रखता है। पैक की फ़ाइलों में इन्हें ठीक करें और पैक फिर से खोलें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
    <message>
        <source>The problems are on the clipboard: paste them into an e-mail or a note.</source>
        <translation>समस्याएँ क्लिपबोर्ड पर कॉपी हो गई हैं: उन्हें किसी ई-मेल या नोट में पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>अलग करें</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>डॉक विजेट को अलग करता है और फिर से जोड़ता है</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>डॉक विजेट को बंद करता है</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search panels, targets, quotes, sources (Ctrl+F)</source>
        <translation>पैनल, लक्ष्य, उद्धरण, स्रोत खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>{page} · {kind}
{snippet}</source>
        <translation>{page} · {kind}
{snippet}</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>“{query}” से मेल खाता कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>पैनल</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>प्रमुख आँकड़ा</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>पहल</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>वक्ता नोट्स</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती कार्रवाई</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <source>, </source>
        <comment>between the keys of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>  /  </source>
        <comment>between the keys of two actions</comment>
        <translation>  /  </translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} या {second}</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>प्रस्तुति कुंजियाँ</translation>
    </message>
    <message>
        <source>{keys}, click</source>
        <translation>{keys}, क्लिक</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>अगली स्लाइड</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>पिछली स्लाइड</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>पहली / अंतिम स्लाइड</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>संख्या, फिर Enter</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>उस स्लाइड पर जाएँ</translation>
    </message>
    <message>
        <source>Black / white screen (again to return)</source>
        <translation>काली / सफ़ेद स्क्रीन (लौटने के लिए फिर दबाएँ)</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>सभी स्लाइडों का अवलोकन</translation>
    </message>
    <message>
        <source>Hold {keys} or the right mouse button</source>
        <translation>{keys} या माउस का दायाँ बटन दबाए रखें</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>लेज़र पॉइंटर</translation>
    </message>
    <message>
        <source>Zoom in where the pointer is (again to return)</source>
        <translation>पॉइंटर वाले स्थान पर ज़ूम इन करें (लौटने के लिए फिर दबाएँ)</translation>
    </message>
    <message>
        <source>Pause or resume / reset the timer</source>
        <translation>टाइमर रोकें या फिर से चालू करें / रीसेट करें</translation>
    </message>
    <message>
        <source>Swap the audience and presenter screens</source>
        <translation>दर्शकों और प्रस्तुतकर्ता की स्क्रीन आपस में बदलें</translation>
    </message>
    <message>
        <source>Presenter view on a single screen</source>
        <translation>एक ही स्क्रीन पर प्रस्तुतकर्ता दृश्य</translation>
    </message>
    <message>
        <source>Larger / smaller speaker notes</source>
        <translation>वक्ता नोट्स बड़े / छोटे करें</translation>
    </message>
    <message>
        <source>Leave the current mode, then the show</source>
        <translation>पहले वर्तमान मोड से, फिर प्रस्तुति से बाहर निकलें</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>ये कुंजियाँ दिखाएँ</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>End of the briefing</source>
        <translation>ब्रीफ़िंग समाप्त</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>पता कॉपी करें</translation>
    </message>
    <message>
        <source>jvdesk works offline: copy the address to open it in a browser later.</source>
        <translation>jvdesk ऑफ़लाइन काम करता है: बाद में ब्राउज़र में खोलने के लिए पता कॉपी करें।</translation>
    </message>
    <message>
        <source>official</source>
        <comment>kind of source</comment>
        <translation>आधिकारिक</translation>
    </message>
    <message>
        <source>press</source>
        <comment>kind of source</comment>
        <translation>प्रेस</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>kind of source</comment>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>{publisher} ({kind})</source>
        <translation>{publisher} ({kind})</translation>
    </message>
    <message>
        <source>{publisher}, {date} ({kind})</source>
        <translation>{publisher}, {date} ({kind})</translation>
    </message>
</context>
<context>
    <name>SourceMark</name>
    <message>
        <source>Show the source</source>
        <translation>स्रोत दिखाएँ</translation>
    </message>
    <message>
        <source>Source {mark}</source>
        <translation>स्रोत {mark}</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Export status</source>
        <translation>निर्यात की स्थिति</translation>
    </message>
</context>
<context>
    <name>TrajectorySpark</name>
    <message>
        <source>Trajectory</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>At least {figure} every year from {start} to {end}</source>
        <translation>{start} से {end} तक हर वर्ष कम से कम {figure}</translation>
    </message>
    <message>
        <source>From {start_figure} on {start} to {figure} by {end}</source>
        <translation>{start} को {start_figure} से {end} तक {figure}</translation>
    </message>
</context>
<context>
    <name>TrustedPublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>विश्वसनीय प्रकाशक</translation>
    </message>
    <message>
        <source>Pack files signed with one of these keys open as verified, under the name stored here. Add a publisher&apos;s .pub file only when you got it from them through a channel you trust.</source>
        <translation>इनमें से किसी कुंजी से हस्ताक्षरित पैक फ़ाइलें यहाँ सहेजे गए नाम के साथ सत्यापित के रूप में खुलती हैं। किसी प्रकाशक की .pub फ़ाइल केवल तभी जोड़ें जब आपने उसे उनसे किसी विश्वसनीय माध्यम से प्राप्त किया हो।</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>{name} — key {fingerprint}</source>
        <translation>{name} — कुंजी {fingerprint}</translation>
    </message>
    <message>
        <source>{key} (installed by your administrator)</source>
        <translation>{key} (आपके व्यवस्थापक द्वारा इंस्टॉल की गई)</translation>
    </message>
    <message>
        <source>Add a trusted publisher</source>
        <translation>विश्वसनीय प्रकाशक जोड़ें</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>सार्वजनिक कुंजियाँ (*.pub)</translation>
    </message>
    <message>
        <source>The key was not added</source>
        <translation>कुंजी नहीं जोड़ी गई</translation>
    </message>
    <message>
        <source>The key was not removed</source>
        <translation>कुंजी नहीं हटाई गई</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Go back to version {version}</source>
        <translation>संस्करण {version} पर वापस जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open content pack…</source>
        <translation>सामग्री पैक खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export deck or handout…</source>
        <translation>डेक या हैंडआउट निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>&amp;Present the briefing</source>
        <translation>ब्रीफ़िंग प्रस्तुत करें (&amp;P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>प्रस्तुत करें</translation>
    </message>
    <message>
        <source>Present from this &amp;panel</source>
        <translation>इस पैनल से प्रस्तुत करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>हल्की थीम (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>गहरी थीम (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast (projector)</source>
        <translation>उच्च कंट्रास्ट (प्रोजेक्टर) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>बड़ा पाठ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>छोटा पाठ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>सामान्य पाठ आकार (&amp;N)</translation>
    </message>
    <message>
        <source>Speaker &amp;notes</source>
        <translation>वक्ता नोट्स (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>ब्रीफ़िंग (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About jvdesk</source>
        <translation>jvdesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>विश्वसनीय प्रकाशक (&amp;T)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>ब्रीफ़िंग:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>jvdesk cannot start</source>
        <translation>jvdesk प्रारंभ नहीं हो सका</translation>
    </message>
    <message>
        <source>jvdesk&apos;s own content pack cannot be opened ({reason}). Reinstall jvdesk.</source>
        <translation>jvdesk का अपना सामग्री पैक नहीं खोला जा सकता ({reason})। jvdesk दोबारा इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Checked against the official text</source>
        <translation>आधिकारिक पाठ से मिलान किया गया</translation>
    </message>
    <message>
        <source>From summaries; to be checked against the official text</source>
        <translation>सारांशों पर आधारित; आधिकारिक पाठ से मिलान किया जाना शेष है</translation>
    </message>
</context>
</TS>
