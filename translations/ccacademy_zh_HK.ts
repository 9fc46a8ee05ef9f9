<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>QObject</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be read. It was moved aside to %1 and a new, empty database was started. Give the old file to your administrator.</source>
        <translation>進度資料庫已損壞，無法讀取。原有檔案已移至%1，並已建立新的空白資料庫。請將舊檔案交給系統管理員。</translation>
    </message>
</context>
<context>
    <name>cca::accounts::Credentials</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密碼最少須有8個字元。</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol in the password.</source>
        <translation>密碼須包含字母，以及最少一個數字或符號。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN須為4至8位數字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN只可包含數字。</translation>
    </message>
</context>
<context>
    <name>cca::accounts::SignInPolicy</name>
    <message>
        <source>This profile does not exist on this workstation.</source>
        <translation>本工作站上沒有此檔案。</translation>
    </message>
    <message>
        <source>Locked after %1 wrong tries. Try again after %2, or ask an administrator.</source>
        <translation>連續輸入錯誤%1次，檔案已被鎖定。請於%2後再試，或聯絡系統管理員。</translation>
    </message>
    <message>
        <source>Wrong again. The profile is locked for %1 minutes.</source>
        <translation>再次輸入錯誤。檔案已被鎖定%1分鐘。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>PIN錯誤。尚餘%n次機會，之後檔案會被鎖定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>密碼錯誤。尚餘%n次機會，之後檔案會被鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>無法保護密碼（記憶體不足）。</translation>
    </message>
</context>
<context>
    <name>cca::assessment</name>
    <message>
        <source>True</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>False</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>cca::assessment::AnswerWidget</name>
    <message>
        <source>1.  True</source>
        <translation>1.  正確</translation>
    </message>
    <message>
        <source>2.  False</source>
        <translation>2.  錯誤</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>False</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>輸入數字</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>輸入你的答案</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>你的答案（數字）</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>A trainer marks this answer later.</source>
        <translation>此答案稍後由訓練員評分。</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n字</numerusform>
        </translation>
    </message>
    <message>
        <source>between %1 and %2 words</source>
        <translation>須介乎%1至%2字</translation>
    </message>
    <message>
        <source>at least %1 words</source>
        <translation>最少%1字</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>待排序的項目</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>將所選項目上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>將所選項目下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Picture: click the places the question asks for</source>
        <translation>圖片：請點選題目要求的位置</translation>
    </message>
    <message>
        <source>Choose an area of the picture</source>
        <translation>選擇圖片中的區域</translation>
    </message>
    <message>
        <source>Mark this area</source>
        <translation>標記此區域</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>清除標記</translation>
    </message>
    <message>
        <source>%1 of %2 marks placed</source>
        <translation>已放置%1個標記（共%2個）</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>字詞或短語</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>第%1個空格</translation>
    </message>
    <message>
        <source>Read this, then go on. No answer is needed.</source>
        <translation>請閱讀以下內容，然後繼續。毋須作答。</translation>
    </message>
</context>
<context>
    <name>cca::assessment::QuizPage</name>
    <message>
        <source>Questions</source>
        <translation>題目</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>繼續作答</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>立即遞交</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一題</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一題</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>遞交答案</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第%1題（共%2題）</translation>
    </message>
    <message>
        <source>Question %1, answered</source>
        <translation>第%1題，已作答</translation>
    </message>
    <message>
        <source>Question %1, not answered</source>
        <translation>第%1題，未作答</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>尚未合格</translation>
    </message>
    <message>
        <source>%1 of %2 questions fully right · pass mark %3%</source>
        <translation>完全答對%1題（共%2題） · 合格分數%3%</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>返回單元</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>答案回顧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>不正確</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Practice: check each answer as you go and try again up to %n time(s). Nothing here counts against you.</source>
        <translation>
            <numerusform>練習模式：每題作答後即可核對答案，最多可再試%n次。練習結果不會計入成績。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery: answer questions one after another. You are done when %1 of your last %2 answers are right.</source>
        <translation>熟練模式：逐題作答。當你最近%2次作答中有%1次答對，即告完成。</translation>
    </message>
    <message>
        <source>Exam: answer every question, then submit. You see your results after submitting.</source>
        <translation>考試模式：回答所有題目後遞交。遞交後即可查看結果。</translation>
    </message>
    <message>
        <source>your last attempt counts</source>
        <translation>以最後一次作答計算成績</translation>
    </message>
    <message>
        <source>your first attempt counts</source>
        <translation>以第一次作答計算成績</translation>
    </message>
    <message>
        <source>the average of your attempts counts</source>
        <translation>以各次作答的平均分計算成績</translation>
    </message>
    <message>
        <source>your best attempt counts</source>
        <translation>以最佳一次作答計算成績</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>標記稍後再看</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (Ctrl+Shift+F)</source>
        <translation>標記此題，稍後再回來作答（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>核對答案</translation>
    </message>
    <message>
        <source>Check this answer (Ctrl+Return)</source>
        <translation>核對此答案（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Filled: answered. Outlined: on screen. ⚑: flagged.</source>
        <translation>實心：已作答。外框：目前顯示。⚑：已標記。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>共%n題</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation>合格分數%1%</translation>
    </message>
    <message numerus="yes">
        <source>time limit %n minute(s); the clock keeps running if you close the app</source>
        <translation>
            <numerusform>限時%n分鐘；即使關閉應用程式，計時仍會繼續</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 attempts used</source>
        <translation>已作答%1次（共%2次機會）</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>不限作答次數</translation>
    </message>
    <message>
        <source>Your grade: %1% · %2</source>
        <translation>你的成績：%1% · %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>尚未合格</translation>
    </message>
    <message>
        <source>Continue the attempt</source>
        <translation>繼續本次作答</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>開始新一次作答</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>You have used every attempt this assessment allows.</source>
        <translation>你已用盡本測驗容許的所有作答次數。</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>你的作答紀錄</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Choose one answer (or press its number).</source>
        <translation>請選擇一個答案（或按其編號鍵）。</translation>
    </message>
    <message>
        <source>Choose every answer that applies (or press their numbers).</source>
        <translation>請選擇所有適用的答案（或按其編號鍵）。</translation>
    </message>
    <message>
        <source>Choose the matching answer for each line.</source>
        <translation>請為每一行選擇配對的答案。</translation>
    </message>
    <message>
        <source>Put the items in the right order: drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>請將項目排列成正確次序：拖動項目，或選取其中一項後按Alt+↑ / Alt+↓。</translation>
    </message>
    <message>
        <source>Choose the right group for each item.</source>
        <translation>請為每個項目選擇正確的組別。</translation>
    </message>
    <message>
        <source>Click the right places on the picture, or choose an area from the list and press Mark.</source>
        <translation>請在圖片上點選正確的位置，或從清單中選擇區域，然後按「標記此區域」。</translation>
    </message>
    <message>
        <source>Fill in each numbered blank.</source>
        <translation>請填寫每個已編號的空格。</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一題</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>請先作答。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正確。</translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation>部分正確。</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>不正確。</translation>
    </message>
    <message numerus="yes">
        <source>Try again: %n try(s) left.</source>
        <translation>
            <numerusform>再試一次：尚餘%n次機會。</numerusform>
        </translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正確答案：</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %2 answers right · %3 needed · %n answered so far</source>
        <translation>
            <numerusform>最近%2次作答中答對%1次 · 須答對%3次 · 已作答%n題</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已標記</translation>
    </message>
    <message>
        <source>Time left %1:%2</source>
        <translation>剩餘時間 %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>全部%n題均已作答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet; they score nothing.</source>
        <translation>
            <numerusform>尚有%n題未作答，這些題目不會得分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n題已標記稍後再看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit now? You cannot change your answers afterwards.</source>
        <translation>確定立即遞交？遞交後便不能再更改答案。</translation>
    </message>
    <message>
        <source>%1 of your last %2 answers were right.</source>
        <translation>最近%2次作答中答對了%1次。</translation>
    </message>
    <message>
        <source>Your answers were submitted.</source>
        <translation>你的答案已遞交。</translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s) will be marked by a trainer.</source>
        <translation>
            <numerusform>%n份書面答案將由訓練員評分。</numerusform>
        </translation>
    </message>
    <message>
        <source>To be marked</source>
        <translation>待評分</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>部分正確</translation>
    </message>
    <message>
        <source>%1\. %2</source>
        <translation>%1\. %2</translation>
    </message>
</context>
<context>
    <name>cca::assessment::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>溫習</translation>
    </message>
    <message>
        <source>Questions you missed come back here, spaced out over days so they stick (the SM-2 method). A right answer moves the next review further away.</source>
        <translation>你答錯的題目會在這裏再次出現，並分隔數天安排，助你牢記（SM-2方法）。答對的話，下次溫習的時間會再延後。</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>核對答案</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一題</translation>
    </message>
    <message>
        <source>All caught up. No reviews are due today.</source>
        <translation>已全部完成，今日沒有需要溫習的題目。</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>返回主頁</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1題（共%2題）</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>請先作答。</translation>
    </message>
    <message>
        <source>Right. It comes back in a few days.</source>
        <translation>正確。此題會在數天後再次出現。</translation>
    </message>
    <message>
        <source>Not right. It comes back tomorrow.</source>
        <translation>不正確。此題會在明天再次出現。</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正確答案：</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>cca::certificates</name>
    <message>
        <source>Certificate of completion</source>
        <translation>結業證書</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>茲證明</translation>
    </message>
    <message>
        <source>Service number %1</source>
        <translation>警員編號：%1</translation>
    </message>
    <message>
        <source>completed the training module</source>
        <translation>已完成訓練單元</translation>
    </message>
    <message>
        <source>Version %1  ·  Score %2%  ·  %3</source>
        <translation>版本 %1  ·  成績 %2%  ·  %3</translation>
    </message>
    <message>
        <source>Verification code: %1
Check it in Crypto Crime Academy (Verify certificate) or with &quot;ccacademy-cli certificate verify %1&quot; on the training unit&apos;s records.</source>
        <translation>核實編號：%1
可於加密罪案學院的「核實證書」頁面，或以訓練單位的紀錄執行「ccacademy-cli certificate verify %1」，核實本證書。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>無法產生PDF。</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
</context>
<context>
    <name>cca::content::CatalogPage</name>
    <message>
        <source>Introductory</source>
        <translation>入門</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中級</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation>基礎知識</translation>
    </message>
    <message>
        <source>Wallets and seizure</source>
        <translation>錢包與扣押</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>資金追蹤</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>社交工程</translation>
    </message>
    <message>
        <source>Legal process</source>
        <translation>法律程序</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>調查</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Search courses by title, summary or tag</source>
        <translation>按標題、摘要或標籤搜尋課程</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>搜尋課程</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>按主題篩選</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主題</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>按程度篩選</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有程度</translation>
    </message>
    <message>
        <source>Filter by duration</source>
        <translation>按所需時間篩選</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation>30分鐘或以下</translation>
    </message>
    <message>
        <source>Up to 60 minutes</source>
        <translation>60分鐘或以下</translation>
    </message>
    <message>
        <source>Longer than 60 minutes</source>
        <translation>超過60分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n課</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed · %1%</source>
        <translation>已完成 · %1%</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>已完成%1課（共%2課）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>重溫</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟「%1」</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>尚未安裝任何單元。</translation>
    </message>
    <message>
        <source>No course matches the search and filters. Clear them to see every course.</source>
        <translation>沒有課程符合搜尋及篩選條件。清除條件即可查看所有課程。</translation>
    </message>
    <message>
        <source>Modules that cannot be opened</source>
        <translation>無法開啟的單元</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>……另有%n個問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n個課程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::content::LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <translation>課文</translation>
    </message>
    <message>
        <source>This lesson&apos;s file could not be read: %1</source>
        <translation>無法讀取本課的檔案：%1</translation>
    </message>
</context>
<context>
    <name>cca::content::LessonPlayer</name>
    <message>
        <source>Back to the module (Esc)</source>
        <translation>返回單元（Esc）</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>返回單元</translation>
    </message>
    <message>
        <source>Show or hide the outline</source>
        <translation>顯示或隱藏大綱</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>已完成的課</translation>
    </message>
    <message>
        <source>Lesson outline</source>
        <translation>課程大綱</translation>
    </message>
    <message>
        <source>Web link copied (lessons never open the network):
%1</source>
        <translation>已複製網址（課程不會連接網絡）：
%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一課</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>上一課（Alt+←）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一課</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>下一課（Alt+→）</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>第%1課（共%2課）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation>已完成%1課（共%2課）</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一課</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>進行測驗</translation>
    </message>
    <message>
        <source>Finish module</source>
        <translation>完成單元</translation>
    </message>
</context>
<context>
    <name>cca::content::LessonRenderer</name>
    <message>
        <source>Tip</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Legal note</source>
        <translation>法律須知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>cca::content::MediaPanel</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Ctrl+Space)</source>
        <translation>播放或暫停（Ctrl+空格鍵）</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>無法播放：%1</translation>
    </message>
</context>
<context>
    <name>cca::content::ModulePage</name>
    <message>
        <source>All courses</source>
        <translation>所有課程</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Review the module</source>
        <translation>重溫單元</translation>
    </message>
    <message>
        <source>Continue: lesson %1 of %2</source>
        <translation>繼續：第%1課（共%2課）</translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation>開始本單元</translation>
    </message>
    <message>
        <source>Completed · best score %1%</source>
        <translation>已完成 · 最佳成績%1%</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation>已完成%1課（共%2課）</translation>
    </message>
    <message>
        <source>After this module you can</source>
        <translation>完成本單元後，你能夠</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation>%1. %2  ·  %3</translation>
    </message>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation>第%1課：%2，%3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>Quiz: %1  ·  %n question(s), pass mark %2%</source>
        <translation>
            <numerusform>測驗：%1  ·  共%n題，合格分數%2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>儲存證書（PDF）…</translation>
    </message>
</context>
<context>
    <name>cca::progress</name>
    <message>
        <source>This version stores progress in SQLite only; the PostgreSQL central store is not available yet (%1).</source>
        <translation>此版本只會將進度儲存於SQLite；PostgreSQL中央資料庫暫未提供（%1）。</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqliteProgressStore</name>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>無法為資料庫建立資料夾：%1</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>該檔案不是SQLite資料庫</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>資料庫%1已損壞（%2），而且無法移至別處。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫%1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the file was not changed.</source>
        <translation>資料庫%1由較新版本的加密罪案學院寫入（資料結構版本%2；此版本只支援%3）。請更新應用程式；檔案並未被更改。</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>無法準備資料庫%1：%2</translation>
    </message>
    <message>
        <source>A name and a service number are required.</source>
        <translation>必須填寫姓名及警員編號。</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;.</source>
        <translation>不明角色「%1」。</translation>
    </message>
    <message>
        <source>Service number %1 is already used by %2.</source>
        <translation>警員編號%1已由%2使用。</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>班別必須有名稱。</translation>
    </message>
    <message>
        <source>A cohort named %1 exists already.</source>
        <translation>已有名為「%1」的班別。</translation>
    </message>
    <message>
        <source>An assignment needs a module, a due date, and either a cohort or an officer.</source>
        <translation>指派單元時必須指定單元、限期，以及班別或個別警務人員。</translation>
    </message>
    <message>
        <source>No such officer.</source>
        <translation>沒有此警務人員。</translation>
    </message>
    <message>
        <source>Service number %1 belongs to another officer on this workstation.</source>
        <translation>警員編號%1已屬於本工作站上另一名警務人員。</translation>
    </message>
</context>
<context>
    <name>cca::shell::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>歡迎，%1</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>繼續上次的進度</translation>
    </message>
    <message>
        <source>All lessons read · the quiz is next</source>
        <translation>已讀完所有課 · 下一步是測驗</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 · %3 completed</source>
        <translation>第%1課（共%2課） · 已完成%3課</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>開始：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s), about %1</source>
        <translation>
            <numerusform>%n課，約%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Every course is complete. Well done.</source>
        <translation>你已完成所有課程，做得好！</translation>
    </message>
    <message>
        <source>Browse the catalog to review a module or to find new ones.</source>
        <translation>瀏覽課程目錄，重溫單元或尋找新單元。</translation>
    </message>
    <message>
        <source>Browse courses</source>
        <translation>瀏覽課程</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>尚未安裝任何單元。</translation>
    </message>
    <message>
        <source>Ask your trainer or administrator to install training modules.</source>
        <translation>請聯絡你的訓練員或系統管理員安裝訓練單元。</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>已完成%1課（共%2課）</translation>
    </message>
    <message>
        <source>best quiz score %1%</source>
        <translation>測驗最佳成績%1%</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>於%1完成</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>重溫</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due today</source>
        <translation>
            <numerusform>今日有%n題需要溫習</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due today</source>
        <translation>今日沒有需要溫習的題目</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>開始溫習</translation>
    </message>
    <message>
        <source>Questions you miss come back here.</source>
        <translation>你答錯的題目會在這裏再次出現。</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>指派給你的單元</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>已逾期：限期為%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>限期：%1</translation>
    </message>
</context>
<context>
    <name>cca::shell::MainWindow</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
    <message>
        <source>Crypto Crime
Academy</source>
        <translation>加密罪案
學院</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>導覽</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主頁</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>切換警務人員</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch officer…</source>
        <translation>切換警務人員(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>主頁(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>課程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find a course</source>
        <translation>尋找課程(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主題(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Crypto Crime Academy</source>
        <translation>關於加密罪案學院(&amp;A)</translation>
    </message>
    <message>
        <source>About Crypto Crime Academy</source>
        <translation>關於加密罪案學院</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crypto Crime Academy %1&lt;/h3&gt;&lt;p&gt;Training for police officers who handle crypto wallets, trace funds and recognise the scams behind them. Works offline.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;加密罪案學院 %1&lt;/h3&gt;&lt;p&gt;為處理加密貨幣錢包、追蹤資金及識破背後騙局的警務人員而設的培訓。可離線使用。&lt;/p&gt;&lt;p&gt;圖示：Lucide（ISC授權條款）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1. Check the disk and the database file in Settings.</source>
        <translation>無法儲存你的進度：%1。請檢查磁碟，以及「設定」中的資料庫檔案。</translation>
    </message>
    <message>
        <source>Time is up. Your answers so far were submitted.</source>
        <translation>時間已到，你目前為止的答案已遞交。</translation>
    </message>
    <message>
        <source>The time for this attempt ran out while the app was closed. Your answers were submitted.</source>
        <translation>本次作答的時間已在應用程式關閉期間用完。你的答案已遞交。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>溫習</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>匯入題目</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>溫習（%1）</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班別</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>核實證書</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>儲存證書</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>證書已儲存：%1</translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation>無法儲存證書：%1</translation>
    </message>
    <message>
        <source>There is no certificate for this module yet: complete it first.</source>
        <translation>此單元尚未有證書：請先完成本單元。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Saved. It is asked for the next time you sign in.</source>
        <translation>已儲存。下次登入時需要輸入。</translation>
    </message>
</context>
<context>
    <name>cca::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>cca::shell::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>語言及外觀</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Changes apply at once. Lessons appear in the chosen language where the module has it, otherwise in English.</source>
        <translation>變更會即時生效。如單元提供所選語言的版本，課程內容會以該語言顯示，否則以英文顯示。</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>進度資料庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>A copy of the progress database is taken every day, week and month when the app starts (7 daily, 4 weekly and 12 monthly copies are kept).</source>
        <translation>應用程式啟動時，會按日、按週及按月為進度資料庫製作副本（保留7份每日副本、4份每週副本及12份每月副本）。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>備份（最新的排最前）</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore the selected backup at the next start</source>
        <translation>下次啟動時還原所選備份</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3 KB</source>
        <translation>%1  ·  %2  ·  %3 KB</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>備份已儲存：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>此備份已損壞，無法還原：%1</translation>
    </message>
    <message>
        <source>The backup will be restored when the app next starts. Close the app and start it again; the current database will be kept beside it.</source>
        <translation>備份會在應用程式下次啟動時還原。請關閉應用程式，然後重新啟動；現時的資料庫會保留在同一資料夾內。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新設定</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>兩次輸入不相符，請重新輸入。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>你的密碼</translation>
    </message>
    <message>
        <source>Your PIN (optional)</source>
        <translation>你的PIN（可選）</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新PIN</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再輸入一次密碼</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再輸入一次PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>最少8個字元，須包括數字或符號</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty to remove</source>
        <translation>4至8位數字，留空即可移除</translation>
    </message>
    <message>
        <source>This profile has no password on this workstation yet. Set one to use the trainer tools.</source>
        <translation>此檔案在本工作站尚未設定密碼。請先設定密碼，才可使用訓練員工具。</translation>
    </message>
</context>
<context>
    <name>cca::shell::SignInPage</name>
    <message>
        <source>Trainer</source>
        <translation>訓練員</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>學員</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
    <message>
        <source>Short, practical lessons that prepare police officers to handle crypto wallets, trace funds and recognise the scams behind them.</source>
        <translation>簡短實用的課程，讓警務人員學會處理加密貨幣錢包、追蹤資金，以及識破背後的騙局。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>誰要登入？</translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation>新增警務人員檔案</translation>
    </message>
    <message>
        <source>e.g. Chan Tai Man</source>
        <translation>例如：陳大文</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>例如：12345</translation>
    </message>
    <message>
        <source>e.g. District Crime Squad</source>
        <translation>例如：警區重案組</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>警員編號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所屬單位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>建立檔案並登入</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s display name.</source>
        <translation>請輸入警務人員的顯示名稱。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>請輸入警員編號。</translation>
    </message>
    <message>
        <source>Welcome. Create the first profile to begin.</source>
        <translation>歡迎！請先建立第一個檔案以開始使用。</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>以%1身分登入</translation>
    </message>
    <message>
        <source>The first profile on a new workstation is its administrator.</source>
        <translation>新工作站上建立的第一個檔案會成為系統管理員。</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密碼或PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN（選填）</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>再次輸入PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>最少8個字元，須包含數字或符號</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty</source>
        <translation>4至8位數字，或留空</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>兩次輸入的內容不相符，請重新輸入。</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>%1的PIN</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1的密碼</translation>
    </message>
</context>
<context>
    <name>cca::shell::StartupTasks</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>無法還原備份：%1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation>已還原備份%1。還原前的資料庫已保留為%2。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>無法製作今日的備份：%1</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CertificateVerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核實證書</translation>
    </message>
    <message>
        <source>Type the verification code printed on the certificate, or scan its QR code into the field. The answer comes from this database&apos;s records.</source>
        <translation>請輸入證書上印有的核實編號，或將證書的QR碼掃描至此欄位。核實結果以本資料庫的紀錄為準。</translation>
    </message>
    <message>
        <source>e.g. CCA-7K3M-Q9PX-2D4W</source>
        <translation>例如：CCA-7K3M-Q9PX-2D4W</translation>
    </message>
    <message>
        <source>Verification code or QR text</source>
        <translation>核實編號或QR碼文字</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核實</translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation>真確有效。</translation>
    </message>
    <message>
        <source>Altered: the certificate does not match the record. Treat it as not valid.</source>
        <translation>已被改動：證書與紀錄不符，應視作無效。</translation>
    </message>
    <message>
        <source>Unknown: no certificate with this code was issued from this database.</source>
        <translation>不明：本資料庫從未發出使用此編號的證書。</translation>
    </message>
    <message>
        <source>Record: %1 (%2), module %3 version %4, score %5%, issued %6</source>
        <translation>紀錄：%1（%2），單元%3，版本%4，成績%5%，於%6發出</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CohortsPage</name>
    <message>
        <source>Cohorts and assignments</source>
        <translation>班別及指派</translation>
    </message>
    <message>
        <source>Only trainers and administrators can manage cohorts.</source>
        <translation>只有訓練員及系統管理員可以管理班別。</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班別</translation>
    </message>
    <message>
        <source>New cohort, e.g. Intake 2026-11</source>
        <translation>新班別，例如：2026-11期</translation>
    </message>
    <message>
        <source>Name of a new cohort</source>
        <translation>新班別的名稱</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>建立班別</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Members: tick the officers in this cohort</source>
        <translation>成員：請剔選屬於此班別的警務人員</translation>
    </message>
    <message>
        <source>Save members</source>
        <translation>儲存成員</translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation>已指派的單元</translation>
    </message>
    <message>
        <source>Module to assign</source>
        <translation>要指派的單元</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Create a cohort, tick its members, then assign modules with a due date.</source>
        <translation>請先建立班別並剔選成員，然後指派單元及設定限期。</translation>
    </message>
    <message>
        <source>%1  ·  due %2  ·  %3 of %4 completed</source>
        <translation>%1  ·  限期%2  ·  已完成%3人（共%4人）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n人逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort %1 created. Tick its members and save.</source>
        <translation>已建立班別「%1」。請剔選成員並儲存。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) saved.</source>
        <translation>
            <numerusform>已儲存%n名成員。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned. Members see it on their Home page.</source>
        <translation>已指派。成員會在其主頁看到此單元。</translation>
    </message>
</context>
<context>
    <name>cca::trainer::QuestionImportPage</name>
    <message>
        <source>Import questions</source>
        <translation>匯入題目</translation>
    </message>
    <message>
        <source>Only trainers and administrators can import questions.</source>
        <translation>只有訓練員及系統管理員可以匯入題目。</translation>
    </message>
    <message>
        <source>Bring a question bank written for Moodle or another tool: GIFT, Moodle XML or Aiken. Every question that can be taken over is converted to this app&apos;s format; anything that cannot is listed with its line, never dropped silently.</source>
        <translation>匯入為Moodle或其他工具編寫的題庫：GIFT、Moodle XML或Aiken格式。所有可沿用的題目都會轉換成本應用程式的格式；無法轉換的內容會連同所在行號列出，絕不會被悄悄略去。</translation>
    </message>
    <message>
        <source>Question bank file</source>
        <translation>題庫檔案</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>GIFT</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Imported questions</source>
        <translation>已匯入的題目</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>問題（按行號列出）</translation>
    </message>
    <message>
        <source>Save as question file…</source>
        <translation>另存為題目檔案…</translation>
    </message>
    <message>
        <source>Choose a question bank</source>
        <translation>選擇題庫</translation>
    </message>
    <message>
        <source>Question banks (*.txt *.gift *.xml);;All files (*)</source>
        <translation>題庫 (*.txt *.gift *.xml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Folder for questions.json (e.g. the module&apos;s assessments folder)</source>
        <translation>存放questions.json的資料夾（例如單元的assessments資料夾）</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>已匯入%n題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n題無法匯入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <source>Saved %1. Refer to it from an assessment&apos;s &quot;questions&quot; field in module.json, then run ccacademy-cli validate.</source>
        <translation>已儲存%1。請在module.json中某個測驗的「questions」欄位引用此檔案，然後執行ccacademy-cli validate。</translation>
    </message>
</context>
<context>
    <name>cca::trainer::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Only trainers and administrators can see reports.</source>
        <translation>只有訓練員及系統管理員可以查看報告。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation>班別概覽</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>題目分析</translation>
    </message>
    <message>
        <source>Officer transcript</source>
        <translation>警務人員學習紀錄</translation>
    </message>
    <message>
        <source>Cohort, assessment or officer</source>
        <translation>班別、測驗或警務人員</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>無法儲存報告：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存%1</translation>
    </message>
    <message>
        <source>No cohort yet. Create one under Cohorts.</source>
        <translation>尚未有班別。請在「班別」中建立。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Passed the exam</source>
        <translation>考試合格</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation>平均最佳成績</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Completion and pass rate per module (%)</source>
        <translation>各單元完成率及合格率 (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Numbers are beside the chart in the table below; click a column to sort.</source>
        <translation>
            <numerusform>%n名成員。圖表的數字列於下表；按欄標題即可排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>太難</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>太易</translation>
    </message>
    <message>
        <source>strong officers get it wrong: check the key</source>
        <translation>成績好的學員反而答錯：請檢查答案</translation>
    </message>
    <message>
        <source>does not separate strong and weak</source>
        <translation>未能區分成績好與差的學員</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>題目</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>作答人次</translation>
    </message>
    <message>
        <source>Difficulty (p)</source>
        <translation>難度 (p)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>區分度</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>所選選項</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>問題標示</translation>
    </message>
    <message numerus="yes">
        <source>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n question(s) flagged.</source>
        <translation>
            <numerusform>難度為答對的比例；區分度為與其餘得分的點二列相關。共有%n題被標示。</numerusform>
        </translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>於%1完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>已完成%1課（共%2課）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>測驗</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Every module, attempt, score, date and content version of this officer.</source>
        <translation>此警務人員的所有單元、作答次序、成績、日期及內容版本。</translation>
    </message>
</context>
<context>
    <name>cca::ui</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分鐘</numerusform>
        </translation>
    </message>
</context>
</TS>
