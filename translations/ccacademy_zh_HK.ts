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
    <message>
        <source>Central progress database</source>
        <translation>中央進度資料庫</translation>
    </message>
    <message>
        <source>%1

Password for the central database:</source>
        <translation>%1

中央資料庫的密碼：</translation>
    </message>
    <message>
        <source>The central progress database cannot be used: %1</source>
        <translation>無法使用中央進度資料庫：%1</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file for now</source>
        <translation>暫時使用本工作站的資料庫檔案</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>無法執行語句</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>無法綁定參數</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>無法讀取資料列</translation>
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
    <message>
        <source>In the scam reference</source>
        <translation>騙案參考資料中的相關條目</translation>
    </message>
    <message>
        <source>The scams this module teaches, with red flags and first-response checklists.</source>
        <translation>本單元講解的騙案，附警號及初步應對清單。</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Exercises on realistic cases. Your best result is kept; try again as often as you like.</source>
        <translation>以貼近真實的案例進行練習。系統會保留你的最佳成績；你可隨意重做，次數不限。</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>聊天模擬</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>通話模擬</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>介入勸阻角色扮演</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>錢包實驗室</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>追蹤實驗室</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>未嘗試</translation>
    </message>
    <message>
        <source>best %1 of %2</source>
        <translation>最佳成績%1分（滿分%2分）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>cca::progress::PostgresProgressStore</name>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>%1不是PostgreSQL地址。請以 postgresql://user@host:port/database 格式填寫。</translation>
    </message>
    <message>
        <source>The address %1 names no user. Write it as postgresql://user@host:port/database.</source>
        <translation>地址%1未有指明用戶名稱。請以 postgresql://user@host:port/database 格式填寫。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this workstation (Debian package libqt6sql6-psql); cannot reach %1.</source>
        <translation>本工作站未安裝Qt的PostgreSQL驅動程式（Debian套件libqt6sql6-psql），無法連接%1。</translation>
    </message>
    <message>
        <source>The option %1 in %2 is not allowed.</source>
        <translation>%2中不容許使用選項%1。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>伺服器%1要求輸入密碼。</translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation>伺服器%1拒絕了密碼。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>無法連接%1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the database was not changed.</source>
        <translation>資料庫%1由較新版本的加密罪案學院寫入（資料結構版本%2；此版本只支援%3）。請更新應用程式；資料庫並未被更改。</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>無法準備資料庫%1：%2</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqlProgressStore</name>
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
</context>
<context>
    <name>cca::reference::IndicatorPage</name>
    <message>
        <source>Cryptocurrency address</source>
        <translation>加密貨幣地址</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>交易雜湊值</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>ENS name (Ethereum Name Service)</source>
        <translation>ENS名稱（以太坊域名服務）</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n個地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction hash(es)</source>
        <translation>
            <numerusform>%n個交易雜湊值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web address(es)</source>
        <translation>
            <numerusform>%n個網址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain name(s)</source>
        <translation>
            <numerusform>%n個域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n個電郵地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n個電話號碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENS name(s)</source>
        <translation>
            <numerusform>%n個ENS名稱</numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy (P2PKH)</source>
        <translation>舊式（P2PKH）</translation>
    </message>
    <message>
        <source>Script address (P2SH)</source>
        <translation>腳本地址（P2SH）</translation>
    </message>
    <message>
        <source>SegWit (P2WPKH)</source>
        <translation>SegWit（P2WPKH）</translation>
    </message>
    <message>
        <source>SegWit script (P2WSH)</source>
        <translation>SegWit腳本（P2WSH）</translation>
    </message>
    <message>
        <source>Taproot (P2TR)</source>
        <translation>Taproot（P2TR）</translation>
    </message>
    <message>
        <source>SegWit version %1</source>
        <translation>SegWit版本%1</translation>
    </message>
    <message>
        <source>EIP-55 checksum</source>
        <translation>EIP-55校驗碼</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>十六進制</translation>
    </message>
    <message>
        <source>Hexadecimal with 0x</source>
        <translation>十六進制（含0x）</translation>
    </message>
    <message>
        <source>Base58Check</source>
        <translation>Base58Check</translation>
    </message>
    <message>
        <source>CashAddr</source>
        <translation>CashAddr</translation>
    </message>
    <message>
        <source>Classic address</source>
        <translation>經典地址</translation>
    </message>
    <message>
        <source>X-address (address and tag)</source>
        <translation>X地址（地址及標籤）</translation>
    </message>
    <message>
        <source>Public key (Base58)</source>
        <translation>公鑰（Base58）</translation>
    </message>
    <message>
        <source>Standard address</source>
        <translation>標準地址</translation>
    </message>
    <message>
        <source>Integrated address (with payment ID)</source>
        <translation>整合地址（含付款ID）</translation>
    </message>
    <message>
        <source>Subaddress</source>
        <translation>子地址</translation>
    </message>
    <message>
        <source>ENS name</source>
        <translation>ENS名稱</translation>
    </message>
    <message>
        <source>International number</source>
        <translation>國際號碼</translation>
    </message>
    <message>
        <source>Hong Kong local number</source>
        <translation>香港本地號碼</translation>
    </message>
    <message>
        <source>Main network</source>
        <translation>主網</translation>
    </message>
    <message>
        <source>Test network (coins have no value)</source>
        <translation>測試網絡（幣沒有價值）</translation>
    </message>
    <message>
        <source>Developer test network (coins have no value)</source>
        <translation>開發者測試網絡（幣沒有價值）</translation>
    </message>
    <message>
        <source>Stage network (coins have no value)</source>
        <translation>預演網絡（stagenet，幣沒有價值）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>於%1列入</translation>
    </message>
    <message>
        <source>This name imitates a well-known crypto service.</source>
        <translation>此名稱仿冒知名加密貨幣服務。</translation>
    </message>
    <message>
        <source>This looks like %1 (%2), but it is not their address.</source>
        <translation>這看似%1（%2），但並非其真正地址。</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>指標查核工具</translation>
    </message>
    <message>
        <source>&amp;Check text</source>
        <translation>查核文字(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mpare addresses</source>
        <translation>比較地址(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Watchlists</source>
        <translation>監察名單(&amp;W)</translation>
    </message>
    <message>
        <source>Everything is checked on this computer: nothing you paste is sent anywhere.</source>
        <translation>所有查核均在這部電腦上進行：你貼上的任何內容都不會傳送到其他地方。</translation>
    </message>
    <message>
        <source>Paste a chat message, payment instruction or address</source>
        <translation>貼上聊天訊息、付款指示或地址</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>待查核文字</translation>
    </message>
    <message>
        <source>Checked as you type. Ctrl+Enter checks at once.</source>
        <translation>輸入時會自動查核。按Ctrl+Enter即時查核。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查核</translation>
    </message>
    <message>
        <source>Check the text now (Ctrl+Enter); it is also checked as you type</source>
        <translation>立即查核文字（Ctrl+Enter）；輸入時亦會自動查核</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation>清除文字及結果</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>以文字複製結果</translation>
    </message>
    <message>
        <source>Every indicator with what it is and what to do next, for an e-mail or the case file</source>
        <translation>列出每個指標、其性質及下一步行動，可貼到電郵或案件檔案</translation>
    </message>
    <message>
        <source>Save as note…</source>
        <translation>儲存為筆記…</translation>
    </message>
    <message>
        <source>Save the results as a text file for the case (Ctrl+S)</source>
        <translation>把結果儲存為文字檔，供案件使用（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save the indicator note</source>
        <translation>儲存指標筆記</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>筆記已儲存：%1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>無法儲存筆記：%1</translation>
    </message>
    <message>
        <source>Address poisoning check</source>
        <translation>地址投毒查核</translation>
    </message>
    <message>
        <source>Scammers send a tiny payment from an address that starts and ends like one the victim uses, hoping the victim later copies it from the wallet history. Paste the address the victim meant to pay and the address the money actually went to.</source>
        <translation>騙徒會從一個開頭和結尾都與受害人常用地址相同的地址，發送一筆極小額款項，希望受害人日後從錢包交易紀錄中複製該地址。請貼上受害人原本想付款的地址，以及款項實際轉入的地址。</translation>
    </message>
    <message>
        <source>Address the victim meant to &amp;pay</source>
        <translation>受害人原本想付款的地址(&amp;P)</translation>
    </message>
    <message>
        <source>Address they &amp;actually paid</source>
        <translation>實際付款的地址(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. from the victim&apos;s own records or the exchange&apos;s deposit page</source>
        <translation>例如來自受害人自己的紀錄或交易平台的存款頁面</translation>
    </message>
    <message>
        <source>e.g. from the transaction in the wallet history</source>
        <translation>例如來自錢包交易紀錄中的該筆交易</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare the two addresses (Enter or Ctrl+Enter)</source>
        <translation>比較兩個地址（Enter或Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Meant</source>
        <translation>原定</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>實付</translation>
    </message>
    <message>
        <source>Underlined: characters that match at the start and at the end, the part people check. In colour without underline: characters that differ.</source>
        <translation>有底線：開頭和結尾相同的字元，即一般人會核對的部分。有顏色但沒有底線：不同的字元。</translation>
    </message>
    <message>
        <source>Read about address poisoning</source>
        <translation>了解地址投毒</translation>
    </message>
    <message>
        <source>Open the scam reference entry: how it works, evidence, first response</source>
        <translation>開啟騙案參考資料條目：運作方式、證據、初步應對</translation>
    </message>
    <message>
        <source>Import a watchlist</source>
        <translation>匯入監察名單</translation>
    </message>
    <message>
        <source>A CSV file of known scam addresses, domains and other indicators, for example one your unit shares. Its first row names the columns &lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;; the kind is one of address, domain, url, email, phone, ens or tx_hash, and the date is written YYYY-MM-DD. Rows with a problem are skipped and listed here with their line numbers; the good rows are kept.</source>
        <translation>載有已知詐騙地址、域名及其他指標的CSV檔案，例如你所屬單位共用的檔案。第一列須列明欄位&lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;；kind須為address、domain、url、email、phone、ens或tx_hash其中之一，日期格式為YYYY-MM-DD。有問題的列會被略過，並連同行號在此列出；正確的列會保留。</translation>
    </message>
    <message>
        <source>Import CSV file…</source>
        <translation>匯入CSV檔案…</translation>
    </message>
    <message>
        <source>Watchlists on this computer</source>
        <translation>這部電腦上的監察名單</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking %1 characters…</source>
        <translation>正在查核%1個字元…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) found: %1</source>
        <translation>
            <numerusform>找到%n個指標：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a watchlist</source>
        <translation>
            <numerusform>%n個在監察名單上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n個無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike(s)</source>
        <translation>
            <numerusform>%n個外觀相似</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Paste what the victim was sent&lt;/b&gt; into the box above: a chat message, a payment instruction, an e-mail or just an address.&lt;br&gt;The checker finds cryptocurrency addresses, transaction hashes, web addresses and domains, e-mail addresses, phone numbers and ENS names; says whether each is valid and what it is; flags look-alike sites and anything on your watchlists; and says what to do next.</source>
        <translation>&lt;b&gt;把受害人收到的內容貼到上方方格&lt;/b&gt;：聊天訊息、付款指示、電郵，或只是一個地址。&lt;br&gt;查核工具會找出加密貨幣地址、交易雜湊值、網址及域名、電郵地址、電話號碼及ENS名稱；說明每項是否有效及其性質；標示外觀相似的網站及任何在你的監察名單上的項目；並說明下一步應怎樣做。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No indicators found in this text.&lt;/b&gt;&lt;br&gt;Check that the whole address was copied (addresses are long: 26 to 100 characters) and that it was not retyped from a screenshot. Solana addresses are only recognised when the text mentions Solana.</source>
        <translation>&lt;b&gt;在此文字中找不到任何指標。&lt;/b&gt;&lt;br&gt;請檢查是否已複製完整地址（地址很長：26至100個字元），以及地址並非從截圖重新輸入。只有在文字提及Solana時，才會辨識Solana地址。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indicators. &quot;Copy results as text&quot; and &quot;Save as note…&quot; include all of them.</source>
        <translation>正在顯示%2個指標中的首%1個。「以文字複製結果」及「儲存為筆記…」會包括全部指標。</translation>
    </message>
    <message>
        <source>⚑ On a watchlist</source>
        <translation>⚑ 在監察名單上</translation>
    </message>
    <message>
        <source>On a watchlist</source>
        <translation>在監察名單上</translation>
    </message>
    <message>
        <source>⚠ Look-alike</source>
        <translation>⚠ 外觀相似</translation>
    </message>
    <message>
        <source>Look-alike</source>
        <translation>外觀相似</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>✗ Not valid</source>
        <translation>✗ 無效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>在文字中顯示</translation>
    </message>
    <message>
        <source>Select where it first appears in the pasted text</source>
        <translation>選取它在貼上的文字中首次出現的位置</translation>
    </message>
    <message>
        <source>Show %1 in the pasted text</source>
        <translation>在貼上的文字中顯示%1</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Compare this address with another one, for address poisoning</source>
        <translation>將此地址與另一個地址比較，以查核地址投毒</translation>
    </message>
    <message>
        <source>Compare %1 with another address</source>
        <translation>將%1與另一個地址比較</translation>
    </message>
    <message numerus="yes">
        <source>Appears %n times in the text.</source>
        <translation>
            <numerusform>在文字中出現%n次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination tag: %1. Give it together with the address: the exchange needs both to find the customer.</source>
        <translation>目的地標籤：%1。請連同地址一併提供：交易平台需要兩者才能找出客戶。</translation>
    </message>
    <message>
        <source>Why it is not valid:</source>
        <translation>無效原因：</translation>
    </message>
    <message>
        <source>With a correct checksum it would be written &lt;tt&gt;%1&lt;/tt&gt;; do not use that form unless the victim confirms the address from a trusted record.</source>
        <translation>如校驗碼正確，應寫作&lt;tt&gt;%1&lt;/tt&gt;；除非受害人從可信的紀錄確認該地址，否則切勿使用這個寫法。</translation>
    </message>
    <message>
        <source>On a watchlist of known scam indicators:</source>
        <translation>在已知詐騙指標的監察名單上：</translation>
    </message>
    <message>
        <source>Phishing patterns in the reference</source>
        <translation>參考資料中的釣魚騙案類型</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>性質：</translation>
    </message>
    <message>
        <source>Explorer (when online):</source>
        <translation>區塊鏈瀏覽器（可上網時）：</translation>
    </message>
    <message>
        <source>Stablecoin issuers that can freeze funds on this chain:</source>
        <translation>可凍結此鏈上資金的穩定幣發行商：</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Indicator check</source>
        <translation>指標查核</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>撰寫時間：%1（UTC %2）</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>警務人員：%1（%2）</translation>
    </message>
    <message>
        <source>No indicators found.</source>
        <translation>找不到任何指標。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Why it is not valid: %1</source>
        <translation>無效原因：%1</translation>
    </message>
    <message>
        <source>Destination tag: %1</source>
        <translation>目的地標籤：%1</translation>
    </message>
    <message>
        <source>ON A WATCHLIST: %1</source>
        <translation>在監察名單上：%1</translation>
    </message>
    <message>
        <source>LOOK-ALIKE: %1 %2</source>
        <translation>外觀相似：%1%2</translation>
    </message>
    <message>
        <source>What it is: %1</source>
        <translation>性質：%1</translation>
    </message>
    <message>
        <source>Explorer (when online): %1</source>
        <translation>區塊鏈瀏覽器（可上網時）：%1</translation>
    </message>
    <message>
        <source>Can freeze stablecoins on this chain: %1</source>
        <translation>可凍結此鏈上穩定幣的發行商：%1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>下一步：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the indicator note)</source>
        <translation>
            <numerusform>…另有%n個（見指標筆記）</numerusform>
        </translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation>外觀相似</translation>
    </message>
    <message>
        <source>look-alike of %1</source>
        <translation>仿冒%1</translation>
    </message>
    <message>
        <source>on watchlist %1</source>
        <translation>在監察名單%1上</translation>
    </message>
    <message numerus="yes">
        <source>The results are on the clipboard: %n indicator(s).</source>
        <translation>
            <numerusform>結果已複製到剪貼簿：共%n個指標。</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Same address</source>
        <translation>✓ 同一地址</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation>≠ 不同</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Not recognised as an address of a chain this checker knows.</source>
        <translation>無法辨識為本查核工具所支援區塊鏈的地址。</translation>
    </message>
    <message>
        <source>%1 address, valid.</source>
        <translation>%1地址，有效。</translation>
    </message>
    <message>
        <source>%1 address, NOT valid: %2</source>
        <translation>%1地址，無效：%2</translation>
    </message>
    <message>
        <source> after “%1”</source>
        <translation>（不計開首的「%1」）</translation>
    </message>
    <message numerus="yes">
        <source>The first %n character(s)%1 match</source>
        <translation>
            <numerusform>前%n個字元%1相同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 positions differ.</source>
        <translation>%2個位置中有%1個不同。</translation>
    </message>
    <message>
        <source>The two are of different lengths (%1 and %2 characters).</source>
        <translation>兩者長度不同（分別為%1及%2個字元）。</translation>
    </message>
    <message>
        <source>Similarity: %1%.</source>
        <translation>相似度：%1%。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treat the paid address as the scammer&apos;s:&lt;/b&gt; record both addresses and the transaction, and look for the tiny &quot;dust&quot; payment from the look-alike in the victim&apos;s history shortly before.</source>
        <translation>&lt;b&gt;應把實際付款的地址視為騙徒的地址：&lt;/b&gt;記錄兩個地址及該筆交易，並在受害人的交易紀錄中，查找不久之前由外觀相似地址發出的極小額「粉塵」（dust）付款。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未有從%1匯入任何資料。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1：已讀取%n列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已匯入%n列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n列已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>略過%n列</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again; the rows already imported are not duplicated:</source>
        <translation>請在檔案中修正以下各列，然後重新匯入；已匯入的列不會重複：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…另有%n個問題。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entr(y/ies) from this computer? Indicators are no longer matched against it until it is imported again.</source>
        <translation>
            <numerusform>要從這部電腦移除監察名單&lt;b&gt;%1&lt;/b&gt;及其%n個條目嗎？在重新匯入之前，指標將不再與此名單比對。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the watchlist “%1”: %n entr(y/ies).</source>
        <translation>
            <numerusform>已移除監察名單「%1」：%n個條目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlists are not available on this computer.</source>
        <translation>這部電腦無法使用監察名單。</translation>
    </message>
    <message>
        <source>The watchlists cannot be opened: %1</source>
        <translation>無法開啟監察名單：%1</translation>
    </message>
    <message>
        <source>&amp;Watchlists (%1)</source>
        <translation>監察名單(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>No watchlists yet. Import a CSV file above; each source in it (the &quot;source&quot; column) becomes one watchlist here.</source>
        <translation>尚未有監察名單。請在上方匯入CSV檔案；檔案中每個來源（「source」欄）會在此成為一份監察名單。</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n個條目</numerusform>
        </translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>類別：%1</translation>
    </message>
    <message>
        <source>newest listing %1</source>
        <translation>最新列入日期：%1</translation>
    </message>
    <message>
        <source>last added %1</source>
        <translation>最後加入：%1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the watchlist %1</source>
        <translation>移除監察名單%1</translation>
    </message>
    <message>
        <source>%1, %2: %3 imported, %4 already known, %5 skipped</source>
        <translation>%1，%2：已匯入%3列，%4列已存在，略過%5列</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>最近的匯入</translation>
    </message>
    <message>
        <source>Kept on this computer in %1</source>
        <translation>儲存於這部電腦：%1</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <extracomment>Joins &quot;The first 4 characters after “0x” match&quot; and &quot;the last 5 characters match&quot;.</extracomment>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>the last %n character(s) match</source>
        <translation>
            <numerusform>最後%n個字元亦相同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4.</source>
        <extracomment>A watchlist import: &quot;file.csv: 3 rows read&quot;, &quot;2 imported&quot;, &quot;0 already known&quot;, &quot;1 skipped&quot;.</extracomment>
        <translation>%1 — %2，%3，%4。</translation>
    </message>
</context>
<context>
    <name>cca::reference::Indicators</name>
    <message>
        <source>The checksum does not match: one or more characters are wrong (a typo, a copying error or an altered address). Do not send anything to it; ask for the address again.</source>
        <translation>校驗碼不符：一個或多個字元有誤（可能是打錯字、複製出錯或地址被竄改）。切勿向此地址發送任何款項；請重新索取地址。</translation>
    </message>
    <message>
        <source>It contains %1, which Base58 addresses never use (Base58 leaves out 0, O, I and l because they look alike): the address was mistyped or altered.</source>
        <translation>地址含有%1，而Base58地址從不使用此字元（Base58不包括0、O、I及l，因為它們外形相似）：地址打錯或已被竄改。</translation>
    </message>
    <message>
        <source>The X-address carries an invalid tag field.</source>
        <translation>此X地址（X-address）的標籤欄位無效。</translation>
    </message>
    <message>
        <source>It uses the wrong checksum variant for its witness version (BIP350: version 0 uses Bech32, versions 1 and above use Bech32m): likely altered or produced by faulty software.</source>
        <translation>它使用了與其見證版本不符的校驗碼變體（BIP350：版本0使用Bech32，版本1或以上使用Bech32m）：很可能已被竄改，或由有缺陷的軟件產生。</translation>
    </message>
    <message>
        <source>It mixes upper and lower case, which Bech32 addresses never do.</source>
        <translation>地址混合了大小寫字母，而Bech32地址從不如此。</translation>
    </message>
    <message>
        <source>It breaks the segwit address rules: %1.</source>
        <translation>不符合SegWit地址規則：%1。</translation>
    </message>
    <message>
        <source>It breaks the CashAddr rules: %1.</source>
        <translation>不符合CashAddr地址規則：%1。</translation>
    </message>
    <message>
        <source>The mixed upper and lower case does not match the EIP-55 checksum: likely a typo or an altered address. Wallets refuse it; ask for the address again.</source>
        <translation>大小寫組合與EIP-55校驗碼不符：很可能是打錯字或地址已被竄改。錢包會拒絕此地址；請重新索取地址。</translation>
    </message>
    <message>
        <source>It has %1 hexadecimal digits after 0x; an EVM address has exactly 40. Characters were lost or added when it was copied.</source>
        <translation>0x之後有%1個十六進制數字；EVM地址應剛好有40個。複製時有字元遺漏或被加插。</translation>
    </message>
    <message>
        <source>It contains characters that are not hexadecimal (0-9, a-f); an EVM address is 0x followed by 40 hexadecimal digits.</source>
        <translation>地址含有非十六進制字元（0-9、a-f）；EVM地址是0x後接40個十六進制數字。</translation>
    </message>
    <message>
        <source>It uses the name of %1 with a different ending; the genuine site is %2.</source>
        <translation>它使用了%1的名稱，但域名結尾不同；真正的網站是%2。</translation>
    </message>
    <message>
        <source>It imitates %1 with letters from another alphabet that look the same (an IDN homograph); the genuine site is %2.</source>
        <translation>它以另一種文字中外形相同的字母冒充%1（IDN同形異義字）；真正的網站是%2。</translation>
    </message>
    <message>
        <source>It imitates %1 by swapping look-alike characters (such as 0 for o, 1 or I for l, rn for m); the genuine site is %2.</source>
        <translation>它以外形相似的字元互換來冒充%1（例如以0代替o、以1或I代替l、以rn代替m）；真正的網站是%2。</translation>
    </message>
    <message>
        <source>It adds words or hyphens to the name of %1 (like &quot;-support&quot; or &quot;-login&quot;); %1 uses only %2.</source>
        <translation>它在%1的名稱上加上字詞或連字號（例如&quot;-support&quot;或&quot;-login&quot;）；%1只使用%2。</translation>
    </message>
    <message>
        <source>It differs from %1 by only one or two characters, a typical typo-squatting domain; the genuine site is %2.</source>
        <translation>它與%1只相差一兩個字元，是典型的錯字域名（typo-squatting）；真正的網站是%2。</translation>
    </message>
    <message>
        <source>It puts the name of %1 in front of an unrelated domain (%2), so the address starts like the genuine one.</source>
        <translation>它把%1的名稱放在一個無關的域名（%2）前面，令網址開頭看似真正的網址。</translation>
    </message>
    <message>
        <source>It mixes letters from different alphabets (for example Latin and Cyrillic) in one name, which genuine sites avoid.</source>
        <translation>它在同一名稱中混用不同文字的字母（例如拉丁字母和西里爾字母），真正的網站不會這樣做。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address with a valid EIP-55 checksum (its mixed upper and lower case protects against typos).</source>
        <translation>以太坊類（EVM）地址，EIP-55校驗碼有效（大小寫組合可防止打錯字）。</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address written in one case only, so it carries no EIP-55 checksum and a typo in it would not be noticed.</source>
        <translation>以太坊類（EVM）地址，全部以同一種大小寫書寫，因此沒有EIP-55校驗碼，即使打錯字也不會被察覺。</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address whose mixed upper and lower case does not match the EIP-55 checksum.</source>
        <translation>以太坊類（EVM）地址，但其大小寫組合與EIP-55校驗碼不符。</translation>
    </message>
    <message>
        <source>Something written like an Ethereum-style (EVM) address (0x and hexadecimal digits), but not a complete one.</source>
        <translation>寫法類似以太坊類（EVM）地址（0x加十六進制數字），但並不完整。</translation>
    </message>
    <message>
        <source>The same address exists on every EVM chain (Ethereum, BNB Chain, Polygon, Arbitrum, Base and others) and may hold funds on several of them: check each chain the case may involve.</source>
        <translation>同一地址存在於所有EVM鏈（以太坊、BNB鏈、Polygon、Arbitrum、Base等），並可能在其中多條鏈上持有資金：請逐一查核案件可能涉及的每條鏈。</translation>
    </message>
    <message>
        <source>A TRON address (Base58Check, version byte 0x41, starts with T). USDT on TRON (TRC-20) is among the stablecoins most used in scams and laundering.</source>
        <translation>波場（TRON）地址（Base58Check格式，版本位元組0x41，以T開頭）。波場上的USDT（TRC-20）是詐騙及洗錢中最常用的穩定幣之一。</translation>
    </message>
    <message>
        <source>An XRP Ledger X-address: the account address and the destination tag packed into one string.</source>
        <translation>XRP Ledger的X地址（X-address）：把帳戶地址和目的地標籤（destination tag）合併成一個字串。</translation>
    </message>
    <message>
        <source>An XRP Ledger account address (starts with r, Base58Check with the XRP Ledger&apos;s own alphabet). Exchanges receive many customers&apos; deposits on one address and tell them apart by a destination tag, so the tag matters as much as the address.</source>
        <translation>XRP Ledger帳戶地址（以r開頭，採用XRP Ledger專用字母表的Base58Check格式）。交易平台以同一個地址接收眾多客戶的存款，並以目的地標籤（destination tag）區分客戶，因此標籤與地址同樣重要。</translation>
    </message>
    <message>
        <source>A Solana account address (a 32-byte public key in Base58). Solana addresses carry no checksum, so a typo cannot be detected; it is reported because the text mentions Solana.</source>
        <translation>Solana帳戶地址（以Base58表示的32位元組公鑰）。Solana地址沒有校驗碼，因此無法偵測打錯字；由於文字中提及Solana，故列出此項。</translation>
    </message>
    <message>
        <source>a subaddress, starts with 8 on the main network</source>
        <translation>子地址，在主網以8開頭</translation>
    </message>
    <message>
        <source>an integrated address: address and payment ID in one</source>
        <translation>整合地址：地址與付款ID合而為一</translation>
    </message>
    <message>
        <source>a standard address, starts with 4 on the main network</source>
        <translation>標準地址，在主網以4開頭</translation>
    </message>
    <message>
        <source>A Monero address (%1). Monero is a privacy coin: senders, receivers and amounts are hidden on its blockchain (ring signatures, one-time stealth addresses, confidential amounts), so the address cannot be followed on an explorer. Tracing works at the edges instead: where funds were swapped into or out of Monero (exchanges, swap services), which can be asked for their records.</source>
        <translation>門羅幣（Monero）地址（%1）。門羅幣是私隱幣：其區塊鏈上的匯款人、收款人及金額均被隱藏（環簽名、一次性隱身地址、機密金額），因此無法在區塊鏈瀏覽器上追蹤該地址。追蹤須從邊緣入手：即資金在哪裏兌換成門羅幣或由門羅幣兌出（交易平台、兌換服務），並可要求這些服務提供紀錄。</translation>
    </message>
    <message>
        <source>A Bitcoin Cash address in CashAddr format (%1; the bitcoincash: prefix may be left out, it is still part of the checksum). Bitcoin Cash split from Bitcoin in 2017; its coins are separate.</source>
        <translation>CashAddr格式的比特幣現金（Bitcoin Cash）地址（%1；bitcoincash:前綴可以省略，但它仍是校驗碼的一部分）。比特幣現金於2017年從比特幣分拆出來；兩者的幣是分開的。</translation>
    </message>
    <message>
        <source>script address, starts with p</source>
        <translation>腳本地址，以p開頭</translation>
    </message>
    <message>
        <source>key address, starts with q</source>
        <translation>密鑰地址，以q開頭</translation>
    </message>
    <message>
        <source>a legacy pay-to-public-key-hash address (P2PKH)</source>
        <translation>舊式「支付至公鑰雜湊」地址（P2PKH）</translation>
    </message>
    <message>
        <source>a pay-to-script-hash address (P2SH), often a multi-signature or wrapped SegWit wallet</source>
        <translation>「支付至腳本雜湊」地址（P2SH），通常是多重簽名或包裝SegWit錢包</translation>
    </message>
    <message>
        <source>a native SegWit version 0 key address (P2WPKH, Bech32)</source>
        <translation>原生SegWit版本0密鑰地址（P2WPKH，Bech32）</translation>
    </message>
    <message>
        <source>a native SegWit version 0 script address (P2WSH, Bech32), often a multi-signature wallet</source>
        <translation>原生SegWit版本0腳本地址（P2WSH，Bech32），通常是多重簽名錢包</translation>
    </message>
    <message>
        <source>a Taproot address (SegWit version 1, Bech32m)</source>
        <translation>Taproot地址（SegWit版本1，Bech32m）</translation>
    </message>
    <message>
        <source>a SegWit address of a version no wallet uses yet (Bech32m); no genuine service would hand one out</source>
        <translation>尚未有錢包使用的SegWit版本地址（Bech32m）；正規服務不會提供這種地址</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>An address that is valid on %1: %2. The same form is used by both, so check both chains&apos; explorers.</source>
        <translation>在%1上有效的地址：%2。兩者使用相同格式，因此請查核兩條鏈的區塊鏈瀏覽器。</translation>
    </message>
    <message>
        <source>A %1 address: %2.</source>
        <translation>%1地址：%2。</translation>
    </message>
    <message>
        <source>Bitcoin Cash also accepts this legacy form.</source>
        <translation>比特幣現金亦接受這種舊式格式。</translation>
    </message>
    <message>
        <source>Do not send anything to it and do not search for it as written: ask for the original message or a screenshot and copy the address exactly.</source>
        <translation>切勿向此地址發送任何款項，亦不要按現有寫法搜尋此地址：請索取原始訊息或截圖，並準確複製地址。</translation>
    </message>
    <message>
        <source>If the letters&apos; case was changed by hand or by a program, the intended address may be %1; confirm it with the source before relying on it.</source>
        <translation>如字母的大小寫曾被人手或程式更改，原本的地址可能是%1；依據此地址行事前，請先向來源確認。</translation>
    </message>
    <message>
        <source>This is a test-network address: test coins have no value. A &apos;payment&apos; to it is not a real payment.</source>
        <translation>這是測試網絡地址：測試幣沒有價值。向此地址的「付款」並非真正的付款。</translation>
    </message>
    <message>
        <source>When online, look it up on %1: balance, transactions, first and last activity, and any label the explorer shows.</source>
        <translation>可上網時，請在%1查閱此地址：結餘、交易、首次及最後活動時間，以及瀏覽器顯示的任何標籤。</translation>
    </message>
    <message>
        <source>Ask the victim how they bought or sent the Monero (which exchange or swap service) and send that service a preservation request: that is where the trail can be picked up.</source>
        <translation>詢問受害人如何購買或轉出門羅幣（經哪個交易平台或兌換服務），並向該服務發出保存資料要求：線索可從那裏追查下去。</translation>
    </message>
    <message>
        <source>If an explorer or the case labels it as an exchange&apos;s address, send that exchange a preservation request at once (and a freeze or disclosure request with the legal authority needed) through its law-enforcement channel.</source>
        <translation>如區塊鏈瀏覽器或案件資料顯示這是交易平台的地址，請立即經該交易平台的執法機構聯絡渠道發出保存資料要求（並在取得所需法律授權後發出凍結或披露要求）。</translation>
    </message>
    <message>
        <source>Ask for the destination tag (or memo) used with this address: without it an exchange cannot tell which customer received the funds.</source>
        <translation>索取與此地址一併使用的目的地標籤（destination tag）或備註（memo）：沒有標籤，交易平台便無法分辨哪位客戶收到款項。</translation>
    </message>
    <message>
        <source>Quote the destination tag %1 in any request to an exchange: it identifies the customer account.</source>
        <translation>向交易平台提出任何要求時，請註明目的地標籤%1：它可識別客戶帳戶。</translation>
    </message>
    <message>
        <source>Another address in this text looks like this one (same start and end): check which one the victim really meant to pay; a look-alike is the mark of address poisoning.</source>
        <translation>此文字中另一個地址與這個地址相似（開頭和結尾相同）：請查清受害人實際想付款給哪一個；外觀相似的地址是地址投毒（address poisoning）的特徵。</translation>
    </message>
    <message>
        <source>Record it exactly as written, with the chain, the amounts and the times (UTC) of the transfers.</source>
        <translation>按原有寫法準確記錄此地址，連同所屬區塊鏈、轉賬金額及時間（UTC）。</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>比特幣</translation>
    </message>
    <message>
        <source>Ethereum and other EVM chains</source>
        <translation>以太坊及其他EVM鏈</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>波場（TRON）</translation>
    </message>
    <message>
        <source>Litecoin</source>
        <translation>萊特幣</translation>
    </message>
    <message>
        <source>Bitcoin Cash</source>
        <translation>比特幣現金</translation>
    </message>
    <message>
        <source>Dogecoin</source>
        <translation>狗狗幣</translation>
    </message>
    <message>
        <source>XRP Ledger</source>
        <translation>XRP Ledger</translation>
    </message>
    <message>
        <source>Solana</source>
        <translation>Solana</translation>
    </message>
    <message>
        <source>Monero</source>
        <translation>門羅幣</translation>
    </message>
    <message>
        <source>a Bitcoin block explorer</source>
        <translation>比特幣區塊鏈瀏覽器</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (Etherscan for Ethereum; BscScan, PolygonScan, Arbiscan and the like for the other EVM chains)</source>
        <translation>Etherscan類區塊鏈瀏覽器（以太坊用Etherscan；其他EVM鏈用BscScan、PolygonScan、Arbiscan等）</translation>
    </message>
    <message>
        <source>Tronscan (the TRON explorer)</source>
        <translation>Tronscan（波場區塊鏈瀏覽器）</translation>
    </message>
    <message>
        <source>a Litecoin block explorer</source>
        <translation>萊特幣區塊鏈瀏覽器</translation>
    </message>
    <message>
        <source>a Bitcoin Cash block explorer</source>
        <translation>比特幣現金區塊鏈瀏覽器</translation>
    </message>
    <message>
        <source>a Dogecoin block explorer</source>
        <translation>狗狗幣區塊鏈瀏覽器</translation>
    </message>
    <message>
        <source>an XRP Ledger explorer</source>
        <translation>XRP Ledger區塊鏈瀏覽器</translation>
    </message>
    <message>
        <source>a Solana explorer (such as Solscan)</source>
        <translation>Solana區塊鏈瀏覽器（例如Solscan）</translation>
    </message>
    <message>
        <source>a Monero block explorer (it shows that transactions exist, not who paid whom or how much)</source>
        <translation>門羅幣區塊鏈瀏覽器（只顯示交易存在，不會顯示誰付款給誰或金額多少）</translation>
    </message>
    <message>
        <source>USDT on Ethereum and the other EVM chains can be frozen by its issuer Tether, and USDC by Circle: send a freeze request quickly if the address holds them.</source>
        <translation>以太坊及其他EVM鏈上的USDT可由發行商Tether凍結，USDC則可由Circle凍結：如地址持有這些穩定幣，請盡快發出凍結要求。</translation>
    </message>
    <message>
        <source>USDT on TRON can be frozen by its issuer Tether: send a freeze request quickly if the address holds it.</source>
        <translation>波場上的USDT可由發行商Tether凍結：如地址持有USDT，請盡快發出凍結要求。</translation>
    </message>
    <message>
        <source>USDT and USDC on Solana can be frozen by their issuers, Tether and Circle: send a freeze request quickly if the address holds them.</source>
        <translation>Solana上的USDT及USDC可分別由發行商Tether及Circle凍結：如地址持有這些穩定幣，請盡快發出凍結要求。</translation>
    </message>
    <message>
        <source>XRP itself cannot be frozen by anyone; tokens issued on the XRP Ledger can be frozen by their issuer if the issuer enabled freezing.</source>
        <translation>任何人都無法凍結XRP本身；在XRP Ledger上發行的代幣，如發行商已啟用凍結功能，則可由發行商凍結。</translation>
    </message>
    <message>
        <source>No issuer can freeze %1&apos;s own coin: only an exchange or custodian that holds the funds can stop them.</source>
        <translation>沒有發行商可以凍結%1的原生幣：只有持有資金的交易平台或託管機構才能截停資金。</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>，或</translation>
    </message>
    <message>
        <source>A transaction hash (transaction ID): 64 hexadecimal digits. EVM chains (Ethereum, BNB Chain, Polygon…) write it with 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, the XRP Ledger and Monero write it without. The same form fits several chains, so find out which one was used.</source>
        <translation>交易雜湊值（交易ID）：64個十六進制數字。EVM鏈（以太坊、BNB鏈、Polygon…）會在前面加上0x；比特幣、萊特幣、比特幣現金、狗狗幣、波場、XRP Ledger及門羅幣則不加。同一格式適用於多條鏈，因此須查明實際使用的是哪一條。</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (or Tronscan without the 0x)</source>
        <translation>Etherscan類區塊鏈瀏覽器（不含0x時則用Tronscan）</translation>
    </message>
    <message>
        <source>the explorer of the chain that was used (a Bitcoin block explorer, Tronscan, an XRP Ledger explorer…)</source>
        <translation>實際所用區塊鏈的瀏覽器（比特幣區塊鏈瀏覽器、Tronscan、XRP Ledger區塊鏈瀏覽器…）</translation>
    </message>
    <message>
        <source>When online, search it on %1: it shows sender, receiver, amount, token and time.</source>
        <translation>可上網時，請在%1搜尋此雜湊值：會顯示匯款人、收款人、金額、代幣及時間。</translation>
    </message>
    <message>
        <source>Follow the funds from the receiving address to the first exchange or stablecoin issuer and send them a preservation or freeze request.</source>
        <translation>由收款地址追蹤資金至第一個交易平台或穩定幣發行商，並向其發出保存資料或凍結要求。</translation>
    </message>
    <message>
        <source>Record the hash with the chain, the amount and the time (UTC).</source>
        <translation>記錄此雜湊值，連同所屬區塊鏈、金額及時間（UTC）。</translation>
    </message>
    <message>
        <source>A web address. Scam sites copy the look of exchanges, wallets and investment platforms; the address is often the only clue.</source>
        <translation>網址。詐騙網站會仿冒交易平台、錢包及投資平台的外觀；網址往往是唯一線索。</translation>
    </message>
    <message>
        <source>A domain name (a website&apos;s name).</source>
        <translation>域名（網站的名稱）。</translation>
    </message>
    <message>
        <source>It belongs to %1, a well-known service; if the case involves it, %1 can receive preservation and disclosure requests.</source>
        <translation>它屬於知名服務%1；如案件涉及該服務，可向%1發出保存資料及披露要求。</translation>
    </message>
    <message>
        <source>It is an international name written in punycode (xn--); it reads as %1.</source>
        <translation>這是以punycode（xn--）書寫的國際化域名，顯示為%1。</translation>
    </message>
    <message>
        <source>Warning: it looks like a well-known site but is not.</source>
        <translation>警告：它看似知名網站，但並不是。</translation>
    </message>
    <message>
        <source>Treat it as a phishing site: do not open it on a work device, log in, or connect a wallet.</source>
        <translation>應視作釣魚網站：切勿在工作裝置上開啟、登入或連接錢包。</translation>
    </message>
    <message>
        <source>Preserve it: a screenshot showing the full address and the time, and an archived copy if policy allows.</source>
        <translation>保存證據：截圖須顯示完整網址及時間；如政策許可，另保存一份存檔副本。</translation>
    </message>
    <message>
        <source>Look up who registered and hosts the domain (WHOIS/RDAP) and ask the registrar and host to preserve records and take the site down.</source>
        <translation>查明域名的註冊人及寄存商（WHOIS/RDAP），並要求註冊商及寄存商保存紀錄及移除網站。</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器) and report it so others are warned.</source>
        <translation>以防騙視伏器（Scameter）查核，並作出舉報，以提醒其他人。</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>電郵地址。</translation>
    </message>
    <message>
        <source>Warning: its domain imitates a well-known service.</source>
        <translation>警告：其域名仿冒知名服務。</translation>
    </message>
    <message>
        <source>Keep the original messages with their full headers (they show the sending servers).</source>
        <translation>保留原始訊息及其完整郵件標頭（標頭會顯示發送伺服器）。</translation>
    </message>
    <message>
        <source>Ask the mail provider to preserve the account and its sign-in records, then to disclose them with the legal authority needed.</source>
        <translation>要求郵件服務供應商保存該帳戶及其登入紀錄，然後在取得所需法律授權後要求披露。</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器).</source>
        <translation>以防騙視伏器（Scameter）查核。</translation>
    </message>
    <message>
        <source>A Hong Kong mobile number (8 digits, +852).</source>
        <translation>香港流動電話號碼（8位數字，+852）。</translation>
    </message>
    <message>
        <source>A Hong Kong fixed-line number (8 digits, +852).</source>
        <translation>香港固網電話號碼（8位數字，+852）。</translation>
    </message>
    <message>
        <source>An international phone number (%1).</source>
        <translation>國際電話號碼（%1）。</translation>
    </message>
    <message>
        <source>Check it with Scameter (防騙視伏器) or the Anti-Scam Helpline 18222.</source>
        <translation>以防騙視伏器（Scameter）或防騙易熱線18222查核。</translation>
    </message>
    <message>
        <source>Ask the telecom operator, and any messaging app used with it (WhatsApp, Telegram, WeChat), to preserve subscriber and usage records.</source>
        <translation>要求電訊營辦商，以及與此號碼一併使用的任何通訊應用程式（WhatsApp、Telegram、微信），保存用戶登記及使用紀錄。</translation>
    </message>
    <message>
        <source>Warn the victim that callers can fake a displayed number, and that real police never ask for money or crypto to &apos;recover&apos; funds.</source>
        <translation>提醒受害人，來電者可偽造來電顯示號碼，而真正的警方絕不會要求市民付款或轉交加密貨幣以「追回」資金。</translation>
    </message>
    <message>
        <source>An ENS name (Ethereum Name Service): a readable name that points to an Ethereum address. Its owner can point it elsewhere at any time.</source>
        <translation>ENS名稱（以太坊域名服務）：指向以太坊地址的易讀名稱。其擁有人可隨時把它改為指向其他地址。</translation>
    </message>
    <message>
        <source>When online, resolve it on an Etherscan-type explorer or in the ENS app, and record the address it points to and the time you checked.</source>
        <translation>可上網時，請在Etherscan類區塊鏈瀏覽器或ENS應用程式解析此名稱，並記錄其指向的地址及你查核的時間。</translation>
    </message>
    <message>
        <source>Then treat that address like any other EVM address (explorer, stablecoin freeze, exchange preservation request).</source>
        <translation>然後按處理其他EVM地址的方式處理該地址（區塊鏈瀏覽器、穩定幣凍結、交易平台保存資料要求）。</translation>
    </message>
    <message>
        <source>It is on a watchlist (%1): link this case to the earlier reports and contact the list&apos;s source for what is known.</source>
        <translation>它在監察名單（%1）上：請把本案與較早前的舉報連結起來，並聯絡名單的來源了解已知資料。</translation>
    </message>
    <message>
        <source>same address: they differ only in letter case, which does not change the destination</source>
        <translation>同一地址：兩者只是字母大小寫不同，不會改變收款目的地</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation>（不計開首的%1）</translation>
    </message>
    <message>
        <source>look-alike: the first %1 and last %2 characters%3 match but the addresses differ; this is how address poisoning tricks people who check only the ends</source>
        <translation>外觀相似：前%1個及後%2個字元%3相同，但地址並不相同；地址投毒正是利用這種手法，欺騙只核對頭尾的人</translation>
    </message>
    <message>
        <source>different addresses: only the first %1 and last %2 characters%3 match, which is not a look-alike pattern</source>
        <translation>不同地址：只有前%1個及後%2個字元%3相同，並不屬於外觀相似的模式</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferenceIndex</name>
    <message>
        <source>The new reference index cannot take the place of the old one: %1</source>
        <translation>新的參考資料索引無法取代舊的索引：%1</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferencePage</name>
    <message>
        <source>Scam reference</source>
        <translation>騙案參考資料</translation>
    </message>
    <message>
        <source>Search: e.g. telegram investment, 殺豬盤, seed phrase</source>
        <translation>搜尋：例如Telegram投資、殺豬盤、助記詞</translation>
    </message>
    <message>
        <source>Search the scam reference</source>
        <translation>搜尋騙案參考資料</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation>所有區塊鏈</translation>
    </message>
    <message>
        <source>Any victim</source>
        <translation>所有受害人</translation>
    </message>
    <message>
        <source>Kind of scam</source>
        <translation>騙案類別</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>聯絡渠道</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>區塊鏈</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Matching scam patterns</source>
        <translation>符合的騙案類型</translation>
    </message>
    <message>
        <source>Case checklist</source>
        <translation>案件核對清單</translation>
    </message>
    <message>
        <source>Tick the first-response steps for this case and export them as a note</source>
        <translation>剔選本案的初步應對步驟，並匯出為筆記</translation>
    </message>
    <message>
        <source>Print card (PDF)…</source>
        <translation>列印卡片（PDF）…</translation>
    </message>
    <message>
        <source>A one-page card of this pattern to print or hand over (Ctrl+P)</source>
        <translation>此騙案類型的單頁卡片，可供列印或轉交（Ctrl+P）</translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation>騙案類型</translation>
    </message>
    <message>
        <source>First response for this case</source>
        <translation>本案的初步應對</translation>
    </message>
    <message>
        <source>Case notes: reference number, what the victim was told, addresses, amounts, times (UTC)</source>
        <translation>案件筆記：參考編號、受害人獲告知的內容、地址、金額、時間（UTC）</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案件筆記</translation>
    </message>
    <message>
        <source>Export note…</source>
        <translation>匯出筆記…</translation>
    </message>
    <message>
        <source>Save the ticked steps and your notes as a text file (Ctrl+E)</source>
        <translation>把已剔選的步驟及你的筆記儲存為文字檔（Ctrl+E）</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>儲存卡片</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>卡片已儲存：%1</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>無法儲存卡片：%1</translation>
    </message>
    <message>
        <source>Export the case note</source>
        <translation>匯出案件筆記</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>筆記已儲存：%1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>無法儲存筆記：%1</translation>
    </message>
    <message>
        <source>The reference is not available on this workstation.</source>
        <translation>本工作站沒有騙案參考資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>共%n種騙案類型</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer words, or clear the filters.</source>
        <translation>沒有符合&quot;%1&quot;的結果。請減少字詞，或清除篩選條件。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), allowing for a typo</source>
        <translation>
            <numerusform>%n個結果（已容許錯字）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>%n個結果，最相關的排最前</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>又稱：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡渠道</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>區塊鏈</translation>
    </message>
    <message>
        <source>FATF red-flag groups</source>
        <translation>FATF警號類別</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>運作方式</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>警號</translation>
    </message>
    <message>
        <source>What the victim sees</source>
        <translation>受害人看到的情況</translation>
    </message>
    <message>
        <source>What is on the blockchain</source>
        <translation>區塊鏈上的紀錄</translation>
    </message>
    <message>
        <source>What an exchange sees</source>
        <translation>交易平台看到的情況</translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation>目標對象</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初步應對</translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation>須保存的證據</translation>
    </message>
    <message>
        <source>How the money is usually laundered</source>
        <translation>常見的洗錢方式</translation>
    </message>
    <message>
        <source>Advice for the public</source>
        <translation>給市民的建議</translation>
    </message>
    <message>
        <source>Related patterns</source>
        <translation>相關騙案類型</translation>
    </message>
    <message>
        <source>Taught in</source>
        <translation>見於單元</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>最後審閱：%1</translation>
    </message>
    <message>
        <source>Case checklist: %1</source>
        <translation>案件核對清單：%1</translation>
    </message>
    <message>
        <source>Reference entry: %1 (last reviewed %2)</source>
        <translation>參考條目：%1（最後審閱：%2）</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>撰寫時間：%1（UTC %2）</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>警務人員：%1（%2）</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>初步應對：</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>已完成%1個步驟（共%2個）。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>筆記：</translation>
    </message>
    <message>
        <source>Open a pattern first.</source>
        <translation>請先開啟一個騙案類型。</translation>
    </message>
    <message>
        <source>Red flags the victim sees</source>
        <translation>受害人看到的警號</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>資料來源：</translation>
    </message>
    <message>
        <source>Crypto Crime Academy reference, entry %1, last reviewed %2.</source>
        <translation>加密罪案學院參考資料，條目%1，最後審閱：%2。</translation>
    </message>
    <message>
        <source>Check an indicator…</source>
        <translation>查核指標…</translation>
    </message>
    <message>
        <source>Open the indicator checker: paste an address, web address or message the victim was sent (Ctrl+Shift+K)</source>
        <translation>開啟指標查核工具：貼上受害人收到的地址、網址或訊息（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Check the addresses, web addresses or messages the victim was given; what the checker finds is added to this note</source>
        <translation>查核受害人獲提供的地址、網址或訊息；查核工具找到的結果會加入此筆記</translation>
    </message>
    <message>
        <source>Indicators checked (indicator checker):</source>
        <translation>已查核的指標（指標查核工具）：</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) from the indicator checker will be added to the note.</source>
        <translation>
            <numerusform>指標查核工具找到的%n個指標將加入筆記。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::reference::Watchlist</name>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引號的欄位中含有引號（請以引號括住整個欄位，並把引號重複一次）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>欄位的結束引號後還有文字</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>加引號的欄位在檔案結束前仍未關閉</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>值為空白</translation>
    </message>
    <message>
        <source>the value contains spaces</source>
        <translation>值含有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>「%1」不是域名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>「%1」不是網址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>「%1」不是電郵地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>「%1」不是電話號碼</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (8 to 15 digits)</source>
        <translation>「%1」不是電話號碼（8至15位數字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ENS name (*.eth)</source>
        <translation>「%1」不是ENS名稱（*.eth）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction hash (64 hexadecimal digits)</source>
        <translation>「%1」不是交易雜湊值（64個十六進制數字）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (use one of: %2)</source>
        <translation>不明類型「%1」（請使用以下其中一種：%2）</translation>
    </message>
    <message>
        <source>cannot open the watchlist database %1: %2</source>
        <translation>無法開啟監察名單資料庫%1：%2</translation>
    </message>
    <message>
        <source>cannot prepare the watchlist database %1: %2</source>
        <translation>無法準備監察名單資料庫%1：%2</translation>
    </message>
    <message>
        <source>the watchlist tables in %1 were written by a newer version of the app (schema %2, this version knows %3); nothing was changed</source>
        <translation>%1中的監察名單資料表由較新版本的應用程式寫入（資料結構版本%2，此版本只支援%3）；未作任何更改</translation>
    </message>
    <message>
        <source>cannot update the watchlist tables in %1: %2</source>
        <translation>無法更新%1中的監察名單資料表：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取%1：%2</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row: value,kind,source,category,date,note</source>
        <translation>檔案是空的；須有標題列：value,kind,source,category,date,note</translation>
    </message>
    <message>
        <source>line %1: the header row must name the columns value,kind,source,category,date,note (missing: %2); nothing was imported</source>
        <translation>第%1行：標題列必須列明欄位value,kind,source,category,date,note（缺少：%2）；未有匯入任何資料</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1; nothing was imported</source>
        <translation>無法開始資料庫交易：%1；未有匯入任何資料</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2</source>
        <translation>有%1個欄位，但標題列有%2個</translation>
    </message>
    <message>
        <source>the source is empty; say where the entry comes from</source>
        <translation>來源空白；請註明條目的來源</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>日期「%1」不是YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>line %1: the database refused the row (%2); the whole import was rolled back and nothing was imported</source>
        <translation>第%1行：資料庫拒絕了此列（%2）；整個匯入已被撤銷，未有匯入任何資料</translation>
    </message>
    <message>
        <source>the import could not be committed (%1); nothing was imported</source>
        <translation>無法完成匯入（%1）；未有匯入任何資料</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; could not be removed (%2); nothing was changed</source>
        <translation>無法移除監察名單「%1」（%2）；未作任何更改</translation>
    </message>
</context>
<context>
    <name>cca::scenario::ScenarioPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>返回（Alt+←）</translation>
    </message>
    <message>
        <source>Training exercise — the people, numbers and platforms in it are made up.</source>
        <translation>訓練練習 — 當中的人物、號碼及平台均屬虛構。</translation>
    </message>
    <message>
        <source>Progress through the exercise</source>
        <translation>練習進度</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暫停（空白鍵）</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Previous line (Up)</source>
        <translation>上一句（↑）</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Next line (Down)</source>
        <translation>下一句（↓）</translation>
    </message>
    <message>
        <source>Transcript of the call</source>
        <translation>通話文字紀錄</translation>
    </message>
    <message>
        <source>Pressure tactic!</source>
        <translation>施壓手法！</translation>
    </message>
    <message>
        <source>Mark the line being spoken as a pressure tactic (T)</source>
        <translation>把正在說的這一句標記為施壓手法（T）</translation>
    </message>
    <message>
        <source>T&amp;actic:</source>
        <translation>手法(&amp;A)：</translation>
    </message>
    <message>
        <source>Tactic used in the marked line</source>
        <translation>已標記句子所用的手法</translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation>顯示其餘內容</translation>
    </message>
    <message>
        <source>Show everything up to the next decision (End)</source>
        <translation>顯示直至下一個決定前的全部內容（End）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>聊天模擬</translation>
    </message>
    <message>
        <source>Read the chat as it unfolds and flag every message that is a red flag. At the end, check your flags: each red flag found earns a point, each ordinary message flagged costs one.</source>
        <translation>隨着對話展開閱讀聊天內容，並把每則屬於警號的訊息標示出來。完結時核對你的標示：每找出一個警號得一分，每標示一則普通訊息扣一分。</translation>
    </message>
    <message>
        <source>Check my flags</source>
        <translation>核對我的標示</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>通話模擬</translation>
    </message>
    <message>
        <source>Listen to the call and mark each line in which the caller uses a pressure tactic, as it happens; name the tactic for a second point. Each line marked that uses none costs a point.</source>
        <translation>收聽通話，每當來電者使用施壓手法，即時標記該句；指明是哪種手法可多得一分。每標記一句沒有使用施壓手法的句子扣一分。</translation>
    </message>
    <message>
        <source>Check my marks</source>
        <translation>核對我的標記</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>介入勸阻角色扮演</translation>
    </message>
    <message>
        <source>Talk with the person as you would on duty. What you say moves them towards one of several endings, and there is no going back.</source>
        <translation>像執勤時一樣與對方交談。你說的話會引導對方走向其中一個結局，而且不能回頭。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>未指明</translation>
    </message>
    <message>
        <source>Your place in this exercise could not be restored (%1), so it starts from the beginning.</source>
        <translation>無法還原你在此練習中的進度（%1），因此練習會由頭開始。</translation>
    </message>
    <message>
        <source>This scenario cannot be played because its file has errors. Ask the module&apos;s author to fix them (ccacademy-cli validate finds them too):</source>
        <translation>此情境的檔案有錯誤，因此無法進行。請要求單元編寫者修正這些錯誤（ccacademy-cli validate 也能找出這些錯誤）：</translation>
    </message>
    <message>
        <source>it was saved as a %1 exercise, not as a %2 exercise</source>
        <translation>它是以%1練習儲存，而不是%2練習</translation>
    </message>
    <message>
        <source>the flag on &apos;%1&apos; is not on a message that was shown</source>
        <translation>標示的「%1」不是已顯示的訊息</translation>
    </message>
    <message>
        <source>the mark on line %1 of &apos;%2&apos; does not fit the scenario</source>
        <translation>「%2」第%1句的標記與情境不符</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mark this message as a red flag (F)</source>
        <translation>把此訊息標示為警號（F）</translation>
    </message>
    <message>
        <source>The picture “%1” is outside the scenario&apos;s package and is not shown.</source>
        <translation>圖片「%1」位於情境套件以外，因此不會顯示。</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read.</source>
        <translation>無法讀取圖片「%1」。</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>無法讀取圖片「%1」：%2</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>語音訊息</translation>
    </message>
    <message>
        <source>Listen in the call panel and mark the pressure tactics as they happen.</source>
        <translation>請在通話面板收聽，並在施壓手法出現時即時標記。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the call, </source>
        <translation>
            <numerusform>通話共%n句，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked.</source>
        <translation>
            <numerusform>已標記%n句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回覆</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>End of the conversation. Check your flags to see what you found.</source>
        <translation>對話完結。核對你的標示，看看你找到了甚麼。</translation>
    </message>
    <message>
        <source>End of the exercise. Check your marks to see what you found.</source>
        <translation>練習完結。核對你的標記，看看你找到了甚麼。</translation>
    </message>
    <message>
        <source>That choice cannot be taken: %1</source>
        <translation>無法選擇此選項：%1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step %1 of about %2</source>
        <translation>第%1步（約共%2步）</translation>
    </message>
    <message>
        <source>Continue after the call</source>
        <translation>通話後繼續</translation>
    </message>
    <message>
        <source>Continue (N)</source>
        <translation>繼續（N）</translation>
    </message>
    <message>
        <source>Next (Space or N)</source>
        <translation>下一步（空白鍵或N）</translation>
    </message>
    <message>
        <source>Space: next message · F: flag the selected message · Up/Down: select · End: show the rest</source>
        <translation>空白鍵：下一則訊息 · F：標示所選訊息 · ↑/↓：選取 · End：顯示其餘內容</translation>
    </message>
    <message>
        <source>Space: play or pause · T: mark a pressure tactic, then 1–9 to name it · Up/Down: lines · N: continue</source>
        <translation>空白鍵：播放或暫停 · T：標記施壓手法，再按1–9指明手法 · ↑/↓：切換句子 · N：繼續</translation>
    </message>
    <message>
        <source>Space or Down: next line · T: mark a pressure tactic, then 1–9 to name it · N: continue</source>
        <translation>空白鍵或↓：下一句 · T：標記施壓手法，再按1–9指明手法 · N：繼續</translation>
    </message>
    <message>
        <source>Space: next · 1–9: choose · End: show the rest</source>
        <translation>空白鍵：下一步 · 1–9：選擇 · End：顯示其餘內容</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>警號</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>標示</translation>
    </message>
    <message>
        <source>Marked as a red flag; click to unmark</source>
        <translation>已標示為警號；按一下可取消標示</translation>
    </message>
    <message>
        <source>Mark as a red flag</source>
        <translation>標示為警號</translation>
    </message>
    <message>
        <source>The recording “%1” is outside the scenario&apos;s package, so it is not played.</source>
        <translation>錄音「%1」位於情境套件以外，因此不會播放。</translation>
    </message>
    <message>
        <source>The recording “%1” is missing.</source>
        <translation>找不到錄音「%1」。</translation>
    </message>
    <message>
        <source>This computer has no sound output, so the call cannot be heard.</source>
        <translation>此電腦沒有音訊輸出，因此無法收聽通話。</translation>
    </message>
    <message>
        <source>Read the transcript instead: Space or “Next line” shows the next line.</source>
        <translation>請改為閱讀文字紀錄：按空白鍵或「下一句」可顯示下一句。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation>無法播放錄音：%1。</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic (tactic not named)</source>
        <translation>已標記為施壓手法（未指明手法）</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic: %1</source>
        <translation>已標記為施壓手法：%1</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>移除標記</translation>
    </message>
    <message>
        <source>Click a line to hear it again.</source>
        <translation>按一下任何一句即可重聽。</translation>
    </message>
    <message>
        <source>Red flag found: %1</source>
        <translation>找到警號：%1</translation>
    </message>
    <message>
        <source>Missed red flag: %1</source>
        <translation>遺漏的警號：%1</translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation>不是警號</translation>
    </message>
    <message>
        <source>Your flags: %1 of %2 points</source>
        <translation>你的標示：得%1分（滿分%2分）</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) found, </source>
        <translation>
            <numerusform>找到%n個警號，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed, </source>
        <translation>
            <numerusform>遺漏%n個，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) flagged.</source>
        <translation>
            <numerusform>標示了%n則普通訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>遺漏</translation>
    </message>
    <message>
        <source>Flagged, but not red flags</source>
        <translation>已標示，但不是警號</translation>
    </message>
    <message>
        <source>Each ordinary message flagged costs a point: in a real chat, flagging everything hides the signs that matter.</source>
        <translation>每標示一則普通訊息扣一分：在真實對話中，把所有訊息都標示出來，反而會掩蓋真正重要的跡象。</translation>
    </message>
    <message>
        <source>Your marks: %1 of %2 points</source>
        <translation>你的標記：得%1分（滿分%2分）</translation>
    </message>
    <message numerus="yes">
        <source>%n pressure tactic(s) found, </source>
        <translation>
            <numerusform>找到%n個施壓手法，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named right, </source>
        <translation>
            <numerusform>正確指明%n個，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked that use none. </source>
        <translation>
            <numerusform>標記了%n句沒有使用施壓手法的句子。</numerusform>
        </translation>
    </message>
    <message>
        <source>A point for each tactic found, another for naming it right.</source>
        <translation>每找出一個手法得一分，正確指明手法再得一分。</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>%2第%1句</translation>
    </message>
    <message>
        <source>Found and named right</source>
        <translation>找到並正確指明</translation>
    </message>
    <message>
        <source>Found, tactic not named</source>
        <translation>找到，但未指明手法</translation>
    </message>
    <message>
        <source>Found, but named “%1”</source>
        <translation>找到，但指明為「%1」</translation>
    </message>
    <message>
        <source>Marked, but no pressure tactic</source>
        <translation>已標記，但沒有使用施壓手法</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>理想結果</translation>
    </message>
    <message>
        <source>Partial outcome</source>
        <translation>部分理想結果</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>欠佳結果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Score: %1 of a possible %2</source>
        <translation>得分：%1（滿分%2）</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>The path you took</source>
        <translation>你所走的路線</translation>
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
    <message>
        <source>Scam reference</source>
        <translation>騙案參考資料</translation>
    </message>
    <message>
        <source>Scam &amp;reference</source>
        <translation>騙案參考資料(&amp;R)</translation>
    </message>
    <message>
        <source>The scam reference is missing from this installation.</source>
        <translation>此安裝缺少騙案參考資料。</translation>
    </message>
    <message>
        <source>The scam reference cannot be opened: %1</source>
        <translation>無法開啟騙案參考資料：%1</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>指標查核工具</translation>
    </message>
    <message>
        <source>&amp;Indicator checker</source>
        <translation>指標查核工具(&amp;I)</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>錢包實驗室</translation>
    </message>
    <message>
        <source>The exercise result could not be saved: %1</source>
        <translation>無法儲存練習結果：%1</translation>
    </message>
    <message>
        <source>&amp;Wallet lab</source>
        <translation>錢包實驗室(&amp;W)</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>追蹤實驗室</translation>
    </message>
    <message>
        <source>&amp;Tracing lab</source>
        <translation>追蹤實驗室(&amp;T)</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>無法儲存結果：%1</translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>無法儲存你的選擇：%1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>無法儲存你的筆記：%1</translation>
    </message>
    <message>
        <source>The tracing case &quot;%1&quot; is not installed on this computer; ask the administrator to reinstall the content.</source>
        <translation>此電腦未有安裝追蹤案件「%1」；請聯絡系統管理員重新安裝內容。</translation>
    </message>
    <message>
        <source>Where you stopped in the exercise could not be saved: %1</source>
        <translation>無法儲存你在練習中停下的位置：%1</translation>
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
    <message>
        <source>Where progress is kept</source>
        <translation>進度儲存位置</translation>
    </message>
    <message>
        <source>A station on its own keeps progress in a file on this workstation. A force with many stations can share one PostgreSQL server: give its address, test it, and the app uses it from the next start. The password is asked for at start and never saved.</source>
        <translation>單一站點會把進度儲存在本工作站的檔案中。設有多個站點的警隊可共用一部PostgreSQL伺服器：輸入伺服器地址並測試連線，應用程式便會由下次啟動起使用該伺服器。密碼會在啟動時詢問，絕不會儲存。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器地址</translation>
    </message>
    <message>
        <source>Server password, for the test only</source>
        <translation>伺服器密碼（只作測試用）</translation>
    </message>
    <message>
        <source>Only to test the connection; not saved</source>
        <translation>只用於測試連線；不會儲存</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Use this server from the next start</source>
        <translation>由下次啟動起使用此伺服器</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file</source>
        <translation>使用本工作站的檔案</translation>
    </message>
    <message>
        <source>This workstation&apos;s file is used.</source>
        <translation>目前使用本工作站的檔案。</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>由下次啟動起：%1</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it would be saved in clear. It is asked for at start.</source>
        <translation>請勿在地址中包含密碼：否則密碼會以明文儲存。密碼會在啟動時詢問。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the database is ready (%n officer(s)).</source>
        <translation>
            <numerusform>已連接%1：資料庫已準備就緒（%n名警務人員）。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the next start, progress is kept on %1. Close the app and start it again; you will be asked for the server&apos;s password.</source>
        <translation>由下次啟動起，進度會儲存在%1。請關閉應用程式並重新啟動；屆時系統會要求你輸入伺服器密碼。</translation>
    </message>
    <message>
        <source>From the next start, progress is kept in this workstation&apos;s file.</source>
        <translation>由下次啟動起，進度會儲存在本工作站的檔案中。</translation>
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
    <name>cca::tracing</name>
    <message>
        <source>Address type match</source>
        <translation>地址類型相符</translation>
    </message>
    <message>
        <source>Round payment amount</source>
        <translation>整數付款金額</translation>
    </message>
    <message>
        <source>Optimal change</source>
        <translation>最佳找零</translation>
    </message>
    <message>
        <source>Address reuse</source>
        <translation>地址重用</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>剝離鏈（peel chain）</translation>
    </message>
    <message>
        <source>Every input is %1 and only output %2 is %1 too: wallets usually create change in their own address type, while the payee&apos;s address type is chosen by the payee.</source>
        <translation>所有輸入均為%1，而只有輸出%2同樣是%1：錢包通常以自身的地址類型產生找零，而收款人的地址類型則由收款人自行選擇。</translation>
    </message>
    <message>
        <source>Every other output is a round amount (a whole multiple of 0.001 coin), as people choose when they pay; output %1 is not, so it is likely what came back as change.</source>
        <translation>其他輸出全是整數金額（0.001個幣的整數倍），正如人們付款時會選用的金額；輸出%1卻不是，因此它很可能是退回的找零。</translation>
    </message>
    <message>
        <source>Output %1 is smaller than every input. Had it been the payment, one of the inputs would have been enough and the wallet would not have added the others, so it is likely change.</source>
        <translation>輸出%1比每一個輸入都小。假如它是付款，單憑其中一個輸入已經足夠，錢包便不會再加入其他輸入，因此它很可能是找零。</translation>
    </message>
    <message>
        <source>Output %1 goes back to %2, an address that also funded this transaction: the wallet reused its own address for change.</source>
        <translation>輸出%1回到%2，而這個地址亦為此交易提供了資金：錢包重用了自己的地址來收取找零。</translation>
    </message>
    <message>
        <source>This transaction is one link of a peel chain: </source>
        <translation>此交易是剝離鏈中的一環：</translation>
    </message>
    <message>
        <source>This transaction starts a peel-chain shape: </source>
        <translation>此交易開始形成剝離鏈：</translation>
    </message>
    <message>
        <source>one input pays a small amount (output %1) and passes the larger rest (output %2) to a fresh address, which then does the same again.</source>
        <translation>一個輸入支付一小筆金額（輸出%1），並把較大的餘額（輸出%2）轉到一個新地址，而該地址隨後又重複同樣的做法。</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceCanvas</name>
    <message>
        <source>Tracing graph</source>
        <translation>追蹤圖</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>展開%1</translation>
    </message>
    <message>
        <source>bridge/swap: %1</source>
        <translation>跨鏈橋／兌換：%1</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>疑犯</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易平台</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>混幣器</translation>
    </message>
    <message>
        <source>OTC desk</source>
        <translation>場外交易商（OTC）</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服務</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未標記</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易%1</translation>
    </message>
    <message>
        <source>tainted %1</source>
        <translation>污點 %1</translation>
    </message>
    <message>
        <source>There is nothing on the canvas to export.</source>
        <translation>圖上沒有任何內容可匯出。</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>無法把圖片儲存至%1：%2</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; arrow keys move between nodes; N writes a note; the context menu collapses a cluster.</source>
        <translation>按一下節點或按Enter鍵，即可追蹤其資金流向；方向鍵可在節點之間移動；按N可撰寫筆記；右鍵選單可收合聚類。</translation>
    </message>
    <message>
        <source>Expand the cluster of %1</source>
        <translation>展開%1的聚類</translation>
    </message>
    <message>
        <source>Collapse the cluster of %1</source>
        <translation>收合%1的聚類</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1的筆記</translation>
    </message>
    <message>
        <source>Expand the cluster</source>
        <translation>展開聚類</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n address(es)</source>
        <translation>
            <numerusform>聚類：%n個地址</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-input cluster: %1 addresses in the case, %2 on the graph (spent together, so probably one wallet)
%3</source>
        <translation>共同輸入聚類：案件中有%1個地址，圖上有%2個（曾一併支出，因此可能屬於同一個錢包）
%3</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ 筆記</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>追蹤資金流向</translation>
    </message>
    <message numerus="yes">
        <source>Collapse cluster (%n address(es) on the graph)</source>
        <translation>
            <numerusform>收合聚類（圖上有%n個地址）</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>展開聚類</translation>
    </message>
    <message>
        <source>Note and tags…</source>
        <translation>筆記及標籤…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版面配置</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Columns by hop</source>
        <translation>按層分欄</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>剝離鏈</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>縮放至適合大小</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceReportBuilder</name>
    <message>
        <source>Poison counts every amount the money touched in full: the figures are where the money could have gone, not how much of it went there, and they add up to more than was taken.</source>
        <translation>全額法（poison）把款項接觸過的每筆金額全數計算：所得數字顯示款項可能流向哪裏，而非實際流向該處的金額，其總和亦會多於受害人被騙取的款項。</translation>
    </message>
    <message>
        <source>Haircut spreads the victim&apos;s money in proportion over everything it was mixed with: the figures are shares, not identified coins, and they shrink at every mix.</source>
        <translation>按比例法（haircut）把受害人的款項按比例分攤至與其混合的所有款項：所得數字是比例份額，並非可識別的個別錢幣，而且每經一次混合便會減少。</translation>
    </message>
    <message>
        <source>FIFO is a legal convention (Clayton&apos;s Case), not evidence of which coin is whose: the figures depend on the order of the inputs and outputs and of the payments into each address, and another order gives other figures.</source>
        <translation>先進先出法（FIFO）是一項法律慣例（Clayton&apos;s Case規則），並非證明哪個幣屬於誰的證據：所得數字取決於輸入及輸出的次序，以及款項轉入每個地址的次序；次序不同，數字亦會不同。</translation>
    </message>
    <message>
        <source>LIFO is the mirror convention of FIFO, with the same dependence on order; it usually gives other figures than FIFO, so say which was used.</source>
        <translation>後進先出法（LIFO）是與先進先出法（FIFO）相反的慣例，同樣取決於次序；其數字通常與先進先出法（FIFO）不同，因此須註明採用了哪種方法。</translation>
    </message>
    <message>
        <source>LIBR is a rule for account balances; UTXO transactions met on the way are split by haircut.</source>
        <translation>最低中間結餘法（LIBR）是適用於帳戶結餘的規則；途中遇到的UTXO交易會以按比例法（haircut）分攤。</translation>
    </message>
    <message>
        <source>The trail rests on heuristics (common-input ownership, change detection) that can be wrong, and on attribution tags whose source and confidence are shown; neither is proof of ownership.</source>
        <translation>追蹤線索建基於可能出錯的推斷法（共同輸入擁有權、找零推斷），以及已列明來源及可信度的歸屬標籤；兩者均不能證明擁有權。</translation>
    </message>
    <message>
        <source>Confirm the figures with the service&apos;s own records before any seizure, and disclose the method and its alternatives to the prosecutor.</source>
        <translation>在進行任何扣押前，須以該服務本身的紀錄核實有關數字，並向檢控官披露所用方法及其他可用方法。</translation>
    </message>
    <message>
        <source>Trace report</source>
        <translation>追蹤報告</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>產生時間：%1</translation>
    </message>
    <message>
        <source>Training exercise — synthetic data. Not for operational use.</source>
        <translation>訓練練習 — 模擬資料。不可作實際行動用途。</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>線索由受害人的付款開始：%1</translation>
    </message>
    <message>
        <source>%1 (%2; %3, confidence %4)</source>
        <translation>%1（%2；%3，可信度%4）</translation>
    </message>
    <message>
        <source>Rank and service</source>
        <translation>排名及服務</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Transaction (output) and time (UTC)</source>
        <translation>交易（輸出）及時間（UTC）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>轉出地址</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Tainted (%1) of the amount moved</source>
        <translation>轉移金額中的污點款項（%1）</translation>
    </message>
    <message>
        <source>Tags on the receiver</source>
        <translation>收款方的標籤</translation>
    </message>
    <message>
        <source>%1. %2 (%3)
received %4</source>
        <translation>%1. %2（%3）
收到%4</translation>
    </message>
    <message>
        <source>%1
of %2</source>
        <translation>%1
（共%2）</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no labelled service in this case.</source>
        <translation>按%1計算，本案的污點款項沒有流入任何已標記的服務。</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</source>
        <translation>
            <numerusform>按%1計算，有%n條路徑通往已標記的服務，按污點金額由高至低排列。每一層是為收款方帶來最多污點款項的輸出或轉賬。</numerusform>
        </translation>
    </message>
    <message>
        <source>No preservation or freeze request</source>
        <translation>沒有保存資料或凍結要求</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no exchange, stablecoin issuer or other service that can preserve records or freeze funds. Follow the trail further, or try another method, before drafting a request.</source>
        <translation>按%1計算，污點款項沒有流入任何可保存紀錄或凍結資金的交易平台、穩定幣發行商或其他服務。請先繼續追蹤線索，或嘗試另一種方法，然後才草擬要求。</translation>
    </message>
    <message>
        <source>  • %1, %2: %3 from %4 to %5 (%6 tainted)</source>
        <translation>  • %1，%2：%3由%4轉至%5（污點款項%6）</translation>
    </message>
    <message>
        <source>[Letterhead of the investigating unit]</source>
        <translation>[調查單位信頭]</translation>
    </message>
    <message>
        <source>[Date]</source>
        <translation>[日期]</translation>
    </message>
    <message>
        <source>To: %1, law enforcement response / compliance team</source>
        <translation>致：%1（執法機構請求處理／合規團隊）</translation>
    </message>
    <message>
        <source>Our reference: [case reference]</source>
        <translation>本處檔號：[案件編號]</translation>
    </message>
    <message>
        <source>Draft request to freeze a token balance</source>
        <translation>凍結代幣結餘要求（草擬本）</translation>
    </message>
    <message>
        <source>Request to freeze the token balance held at address %1 (%2)</source>
        <translation>事由：要求凍結地址%1（%2）持有的代幣結餘</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to address %1 on %2, which holds tokens issued by you. Under the %3 method, %4 of the victim&apos;s funds reached it.</source>
        <translation>[單位]現正根據[法律依據]調查一宗[罪行]案件。經追查，受害人支付的款項流入%2上的地址%1，而該地址持有貴公司發行的代幣。按%3計算，受害人的款項中有%4流入該地址。</translation>
    </message>
    <message>
        <source>We ask you, pending a formal order under [legal basis]:</source>
        <translation>在根據[法律依據]發出正式命令前，本處謹請貴公司：</translation>
    </message>
    <message>
        <source>  1. to freeze (blacklist) the token balance at address %1, at least %2;</source>
        <translation>  1. 凍結（列入黑名單）地址%1的代幣結餘，金額最少為%2；</translation>
    </message>
    <message>
        <source>  2. to preserve every record you hold about this address and its transfers;</source>
        <translation>  2. 保存貴公司所持有關此地址及其轉賬的所有紀錄；</translation>
    </message>
    <message>
        <source>  3. to tell us the balance frozen and the time of the freeze.</source>
        <translation>  3. 通知本處已凍結的結餘及凍結時間。</translation>
    </message>
    <message>
        <source>Draft preservation and freeze request</source>
        <translation>保存資料及凍結要求（草擬本）</translation>
    </message>
    <message>
        <source>Request to preserve records and freeze the funds of the account credited through deposit address %1 (%2)</source>
        <translation>事由：要求保存經存款地址%1（%2）入賬的帳戶的紀錄，並凍結該帳戶的資金</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to deposit address %1 on %2, attributed to %3. Under the %4 method, %5 of the victim&apos;s funds reached it.</source>
        <translation>[單位]現正根據[法律依據]調查一宗[罪行]案件。經追查，受害人支付的款項流入%2上的存款地址%1，該地址歸屬%3。按%4計算，受害人的款項中有%5流入該地址。</translation>
    </message>
    <message>
        <source>  1. to preserve all records of the account credited through this deposit address: identity (KYC) documents, log-in addresses and devices, deposits, withdrawals and internal transfers, from [start date] to today;</source>
        <translation>  1. 保存經此存款地址入賬的帳戶由[開始日期]至今的所有紀錄：身分（KYC）文件、登入IP地址及裝置、存款、提款及內部轉賬；</translation>
    </message>
    <message>
        <source>  2. to freeze the funds in that account, at least %1, and to stop withdrawals from it;</source>
        <translation>  2. 凍結該帳戶內的資金，金額最少為%1，並停止該帳戶的一切提款；</translation>
    </message>
    <message>
        <source>  3. not to inform the account holder, as far as the law allows, and to tell us what was frozen.</source>
        <translation>  3. 在法律許可的範圍內，不向帳戶持有人透露此事，並通知本處已凍結的資產。</translation>
    </message>
    <message>
        <source>The transactions, in order (times in UTC):</source>
        <translation>有關交易按先後次序列出如下（時間為UTC）：</translation>
    </message>
    <message>
        <source>Method: the amounts were computed with %1. %2 The figures depend on the method; the trail and our working are available on request.</source>
        <translation>計算方法：上述金額以%1計算。%2有關數字取決於所用方法；如有需要，本處可提供追蹤線索及計算過程。</translation>
    </message>
    <message>
        <source>A formal [production order / freezing order] will follow. Please confirm receipt to the officer below.</source>
        <translation>本處將隨後發出正式的[提交物料令／凍結令]。請向下列人員確認收悉本函。</translation>
    </message>
    <message>
        <source>[Officer name, rank and badge number]</source>
        <translation>[警務人員姓名、職級及編號]</translation>
    </message>
    <message>
        <source>[Unit, telephone, e-mail]</source>
        <translation>[單位、電話、電郵]</translation>
    </message>
    <message>
        <source>[Signature]</source>
        <translation>[簽署]</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1頁</translation>
    </message>
    <message>
        <source>The graph as shown on the canvas</source>
        <translation>圖上顯示的追蹤圖</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>計算方法：%1</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Paths to labelled services</source>
        <translation>通往已標記服務的路徑</translation>
    </message>
    <message>
        <source>Draft for the officer to complete: replace everything in [brackets].</source>
        <translation>草擬本，由警務人員填寫：請替換所有[方括號]內的內容。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>無法繪製PDF。</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TracingPage</name>
    <message>
        <source>Tracing lab</source>
        <translation>追蹤實驗室</translation>
    </message>
    <message>
        <source>Training only: synthetic cases on test networks</source>
        <translation>只供訓練：測試網絡上的模擬案件</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Follow the money from the selected node</source>
        <translation>從所選節點追蹤資金流向</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>縮放至適合大小</translation>
    </message>
    <message>
        <source>Export the graph as PNG…</source>
        <translation>將圖匯出為PNG…</translation>
    </message>
    <message>
        <source>&amp;Taint:</source>
        <translation>污點(&amp;T)：</translation>
    </message>
    <message>
        <source>Taint method</source>
        <translation>污點計算方法</translation>
    </message>
    <message>
        <source>Find address or transaction id (Ctrl+F)</source>
        <translation>尋找地址或交易ID（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find address or transaction id</source>
        <translation>尋找地址或交易ID</translation>
    </message>
    <message>
        <source>Tainted amount (bar: share still held)</source>
        <translation>污點金額（橫條：仍持有的比例）</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>所選節點</translation>
    </message>
    <message>
        <source>Selected node details</source>
        <translation>所選節點詳情</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>核對答案</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1（無法開啟）</translation>
    </message>
    <message>
        <source>No tracing cases were found. The cases come with the app in its content folder (content/cases); ask the administrator to reinstall it.</source>
        <translation>找不到任何追蹤案件。案件隨應用程式一併提供，存放於其內容資料夾（content/cases）；請聯絡系統管理員重新安裝應用程式。</translation>
    </message>
    <message>
        <source>This case file has problems and cannot be opened. Tell the trainer who wrote it:
%1</source>
        <translation>此案件檔案有問題，無法開啟。請告知編寫該檔案的訓練員：
%1</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>線索由受害人的付款開始：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Poison</source>
        <translation>全額法（poison）</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>按比例法（haircut）</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>先進先出法（FIFO）</translation>
    </message>
    <message>
        <source>LIFO</source>
        <translation>後進先出法（LIFO）</translation>
    </message>
    <message>
        <source>LIBR</source>
        <translation>最低中間結餘法（LIBR）</translation>
    </message>
    <message>
        <source>This method cannot be used here: %1</source>
        <translation>此方法不適用於這裏：%1</translation>
    </message>
    <message>
        <source>Poison: everything the money touched counts in full. It shows where it could have gone and overstates amounts.</source>
        <translation>全額法（poison）：款項接觸過的一切均全數計算。它顯示款項可能流向哪裏，但會高估金額。</translation>
    </message>
    <message>
        <source>Haircut: each output carries the tainted fraction of what went in.</source>
        <translation>按比例法（haircut）：每個輸出按輸入中受污點影響的比例承擔污點。</translation>
    </message>
    <message>
        <source>FIFO: money leaves in the order it arrived (Clayton&apos;s Case). Depends on the order of inputs and outputs.</source>
        <translation>先進先出法（FIFO）：款項按轉入的先後次序轉出（Clayton&apos;s Case規則）。結果取決於輸入及輸出的次序。</translation>
    </message>
    <message>
        <source>LIFO: the newest money leaves first.</source>
        <translation>後進先出法（LIFO）：最新轉入的款項最先轉出。</translation>
    </message>
    <message>
        <source>LIBR: clean money leaves first; an address keeps at most its lowest balance since the taint arrived.</source>
        <translation>最低中間結餘法（LIBR）：乾淨款項最先轉出；地址保留的污點款項，最多只等於污點轉入後該地址的最低結餘。</translation>
    </message>
    <message>
        <source>Say in any report which method gave the amounts.</source>
        <translation>在任何報告中，均須註明金額是以哪種方法計算得出。</translation>
    </message>
    <message>
        <source>Choose a taint method above the graph to see tainted amounts.</source>
        <translation>在圖上方選擇污點計算方法，即可查看污點金額。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>區塊鏈：%1</translation>
    </message>
    <message>
        <source>No tag: nobody has attributed this address yet.</source>
        <translation>沒有標籤：尚未有人確定此地址的歸屬。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>類別：%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Confidence: %1 of 100</source>
        <translation>可信度：%1（滿分100）</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>行為者：%1</translation>
    </message>
    <message>
        <source>Balance at the end of the case: %1</source>
        <translation>案件結束時的結餘：%1</translation>
    </message>
    <message>
        <source>Taint (%1)</source>
        <translation>污點（%1）</translation>
    </message>
    <message>
        <source>Received tainted: %1 %2 (%3)</source>
        <translation>收到的污點款項：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (%3 of what it holds)</source>
        <translation>持有的污點款項：%1 %2（佔其持有款項的%3）</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (it holds nothing now: the money moved on)</source>
        <translation>持有的污點款項：%1 %2（現已沒有持有任何款項：資金已轉走）</translation>
    </message>
    <message>
        <source>No taint reached this address under %1.</source>
        <translation>按%1計算，沒有污點款項流入此地址。</translation>
    </message>
    <message>
        <source>Looks like change</source>
        <translation>看來是找零</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Time: %1 UTC</source>
        <translation>時間：%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n個輸入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n個輸出</numerusform>
        </translation>
    </message>
    <message>
        <source>CoinJoin shape: many equal outputs. Common-input ownership and the change heuristics do not apply; which output is whose cannot be told.</source>
        <translation>CoinJoin形態：多個金額相同的輸出。共同輸入擁有權及找零推斷法均不適用；無法分辨哪個輸出屬於誰。</translation>
    </message>
    <message>
        <source>Change heuristics</source>
        <translation>找零推斷法</translation>
    </message>
    <message>
        <source>Likely change: output %1 to %2</source>
        <translation>可能的找零：輸出%1，轉至%2</translation>
    </message>
    <message>
        <source>Tainted value moved (%1): %2 %3</source>
        <translation>轉移的污點款項（%1）：%2 %3</translation>
    </message>
    <message>
        <source>Select a node on the graph to see its tags, balance and taint.</source>
        <translation>在圖上選取節點，即可查看其標籤、結餘及污點。</translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation>貼上地址</translation>
    </message>
    <message>
        <source>Amount in %1 (whole number)</source>
        <translation>以%1計算的金額（整數）</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>服務名稱</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation>不正確</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1分（滿分%2分）</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>得分：%1（滿分%2）</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>案件總結</translation>
    </message>
    <message>
        <source>Type at least four characters of an address or transaction id.</source>
        <translation>請輸入地址或交易ID的最少四個字元。</translation>
    </message>
    <message>
        <source>“%1” is not on the graph yet. Follow the money further, then search again.</source>
        <translation>「%1」尚未出現在圖上。請繼續追蹤資金流向，然後再搜尋。</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>匯出圖</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG圖片 (*.png)</translation>
    </message>
    <message>
        <source>Saved the graph to %1.</source>
        <translation>已把圖儲存至%1。</translation>
    </message>
    <message>
        <source>Export trace report…</source>
        <translation>匯出追蹤報告…</translation>
    </message>
    <message>
        <source>Choose a taint method first: the report gives its amounts.</source>
        <translation>請先選擇污點計算方法：報告會列出以該方法計算的金額。</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>請先開啟案件。</translation>
    </message>
    <message>
        <source>Export trace report</source>
        <translation>匯出追蹤報告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the trace report to %1.</source>
        <translation>已把追蹤報告儲存至%1。</translation>
    </message>
    <message>
        <source>The trace report could not be saved: %1</source>
        <translation>無法儲存追蹤報告：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Collapse the selected address&apos;s cluster into one node</source>
        <translation>把所選地址的聚類收合為一個節點</translation>
    </message>
    <message>
        <source>Expand the selected cluster into its addresses</source>
        <translation>把所選聚類展開為其各個地址</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版面配置</translation>
    </message>
    <message>
        <source>&amp;Automatic (a peel chain as a line)</source>
        <translation>自動（剝離鏈排成一直線）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Columns by hop</source>
        <translation>按層分欄(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Peel chain</source>
        <translation>剝離鏈(&amp;P)</translation>
    </message>
    <message>
        <source>Time &amp;from:</source>
        <translation>時間由(&amp;F)：</translation>
    </message>
    <message>
        <source>Show what moved from (UTC)</source>
        <translation>顯示由此時間起轉移的款項（UTC）</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>Show what moved until (UTC)</source>
        <translation>顯示截至此時間轉移的款項（UTC）</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Show everything again (the whole case)</source>
        <translation>重新顯示全部內容（整個案件）</translation>
    </message>
    <message>
        <source>Your tags above a node (✎: a note)</source>
        <translation>節點上方為你的標籤（✎：筆記）</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; Ctrl+Z takes the step back. Amounts on the lines are what moved; the wider the line, the more. Right-click a node for its cluster and notes.</source>
        <translation>按一下節點或按Enter鍵，即可追蹤其資金流向；按Ctrl+Z可撤回該步。連線上的金額是轉移的款項；線條越粗，金額越大。在節點上按右鍵，可處理其聚類及筆記。</translation>
    </message>
    <message>
        <source>Your note and tags</source>
        <translation>你的筆記及標籤</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>筆記(&amp;N)：</translation>
    </message>
    <message>
        <source>Your note on the selected node</source>
        <translation>你對所選節點的筆記</translation>
    </message>
    <message>
        <source>What you found out about this address or transaction</source>
        <translation>你對此地址或交易的調查所得</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>標籤(&amp;A)：</translation>
    </message>
    <message>
        <source>Your tags on the selected node, separated by commas</source>
        <translation>你為所選節點加上的標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. suspect, cash-out</source>
        <translation>以逗號分隔，例如：疑犯，套現</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>儲存筆記</translation>
    </message>
    <message>
        <source>Save note (Ctrl+Enter); Ctrl+Z on the graph takes it back</source>
        <translation>儲存筆記（Ctrl+Enter）；在圖上按Ctrl+Z可撤回</translation>
    </message>
    <message>
        <source>Saved with your progress: they come back when you open the case again.</source>
        <translation>筆記及標籤會連同你的進度一併儲存：再次開啟案件時會重新顯示。</translation>
    </message>
    <message>
        <source>peel chain</source>
        <translation>剝離鏈</translation>
    </message>
    <message>
        <source>columns by hop</source>
        <translation>按層分欄</translation>
    </message>
    <message>
        <source>Layout of the graph (now: %1); zooms to fit after laying out</source>
        <translation>圖的版面配置（目前：%1）；重新排列後會縮放至適合大小</translation>
    </message>
    <message>
        <source>Your notes on this case could not be read (%1), so they are not shown.</source>
        <translation>無法讀取你在此案件的筆記（%1），因此不會顯示。</translation>
    </message>
    <message>
        <source>Cluster: one of %1 addresses spent together in this case (common-input ownership), %2 of them on the graph. Ctrl+G collapses them into one node.</source>
        <translation>聚類：本案中一併支出的%1個地址之一（共同輸入擁有權），其中%2個在圖上。按Ctrl+G可把它們收合為一個節點。</translation>
    </message>
    <message>
        <source>Received tainted between %1 and %2 UTC: %3 %4</source>
        <translation>於%1至%2 UTC期間收到的污點款項：%3 %4</translation>
    </message>
    <message>
        <source>Cluster (common-input ownership)</source>
        <translation>聚類（共同輸入擁有權）</translation>
    </message>
    <message>
        <source>%1 addresses in the case, %2 of them on the graph, shown as one node.</source>
        <translation>案件中有%1個地址，其中%2個在圖上，顯示為一個節點。</translation>
    </message>
    <message>
        <source>Addresses spent together as inputs of one transaction are taken to be one wallet&apos;s (Meiklejohn et al., 2013). CoinJoin-shaped transactions are left out: there the inputs belong to different people. A heuristic, not proof.</source>
        <translation>在同一筆交易中一併作為輸入支出的地址，會被視為屬於同一個錢包（Meiklejohn等人，2013年）。CoinJoin形態的交易不計算在內：這類交易的輸入屬於不同人士。這只是推斷法，並非證明。</translation>
    </message>
    <message>
        <source>Joined by the transactions: %1</source>
        <translation>由以下交易連繫：%1</translation>
    </message>
    <message>
        <source>Tainted value received (%1): %2 %3</source>
        <translation>收到的污點款項（%1）：%2 %3</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G shows its addresses again; Enter follows the money of all of them.</source>
        <translation>按Ctrl+Shift+G可重新顯示其地址；按Enter鍵可追蹤所有這些地址的資金流向。</translation>
    </message>
    <message>
        <source>Expand the cluster to write a note on one of its addresses</source>
        <translation>展開聚類後，才可為其中一個地址撰寫筆記</translation>
    </message>
    <message>
        <source>Select an address or transaction to write a note</source>
        <translation>選取地址或交易以撰寫筆記</translation>
    </message>
    <message>
        <source>Showing only what moved in this time; the taint badges count only taint that arrived in it.</source>
        <translation>只顯示在此時段內轉移的款項；污點標記只計算在此時段內轉入的污點。</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>CSV檔案 (*.csv)</translation>
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
    <message>
        <source>Click a column heading to sort</source>
        <translation>按欄位標題即可排序</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Save this report as CSV (Ctrl+E) or PDF (Ctrl+P)</source>
        <translation>把此報告儲存為CSV（Ctrl+E）或PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>匯出進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <source>Stop the export (Esc); nothing is saved</source>
        <translation>停止匯出（Esc）；不會儲存任何內容</translation>
    </message>
    <message>
        <source>Bar chart; the same numbers are in the table beside it.</source>
        <translation>棒形圖；旁邊的表格列有相同數字。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). The numbers of each chart are in the table beside or below it.</source>
        <translation>
            <numerusform>%n名成員。各圖表的數字均列於其旁邊或下方的表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion and pass rate</source>
        <translation>完成率及合格率</translation>
    </message>
    <message>
        <source>% of officers</source>
        <translation>警務人員百分比（%）</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>已應考</translation>
    </message>
    <message numerus="yes">
        <source>Completion: the share of the cohort&apos;s %n member(s) who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</source>
        <translation>
            <numerusform>完成率：班別%n名成員中已完成單元的比例。合格率：已遞交考試的成員中考試合格的比例；成績以每名成員的最佳考試成績計算（沒有考試的單元以熟練模式評分；練習不計算在內）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>成績分佈</translation>
    </message>
    <message>
        <source>Best exam score per officer</source>
        <translation>每名警務人員的最佳考試成績</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警務人員</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>成績 (%)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>所有單元</translation>
    </message>
    <message>
        <source>Each officer who submitted the exam counts once per module, in the range of their best score.</source>
        <translation>每名已遞交考試的警務人員，在每個單元中按其最佳成績所屬的範圍計算一次。</translation>
    </message>
    <message>
        <source>Nobody in this cohort has submitted an exam yet.</source>
        <translation>此班別尚未有人遞交考試。</translation>
    </message>
    <message>
        <source>Time spent in assessments</source>
        <translation>測驗所用時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>作答次數</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Median per officer</source>
        <translation>每名警務人員的中位數</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>少於1分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小時%2分鐘</translation>
    </message>
    <message>
        <source>From the start of each submitted attempt (exam, practice or mastery check) to its submission, at most the attempt&apos;s time limit. How long officers read lessons is not recorded, so it is not included.</source>
        <translation>由每次已遞交作答（考試、練習或熟練模式）開始計至遞交為止，上限為該次作答的限時。警務人員閱讀課文的時間不會記錄，因此不包括在內。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警務人員</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>警員編號</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期日數</translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation>沒有人逾期。</translation>
    </message>
    <message>
        <source>No assessment to analyse.</source>
        <translation>沒有可分析的測驗。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>題目</translation>
    </message>
    <message>
        <source>No submitted attempts yet.</source>
        <translation>尚未有已遞交的作答。</translation>
    </message>
    <message>
        <source>No officer chosen.</source>
        <translation>未選擇警務人員。</translation>
    </message>
    <message>
        <source>Modules and attempts</source>
        <translation>單元及作答</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>遞交時間</translation>
    </message>
    <message>
        <source>This officer has not started a module yet.</source>
        <translation>此警務人員尚未開始任何單元。</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>將報告匯出為PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>將報告匯出為CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Only trainers and administrators can export reports.</source>
        <translation>只有訓練員及系統管理員可以匯出報告。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>匯出已在進行中。</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>暫時沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Writing PDF %1: row %2 of %3</source>
        <translation>正在寫入PDF %1：第%2列（共%3列）</translation>
    </message>
    <message>
        <source>Writing CSV %1: row %2 of %3</source>
        <translation>正在寫入CSV %1：第%2列（共%3列）</translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation>已取消匯出。%1維持不變。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>已取消匯出。未有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The report could not be saved: %1. Choose another folder or file name and try again.</source>
        <translation>無法儲存報告：%1。請選擇其他資料夾或檔案名稱，然後再試。</translation>
    </message>
    <message>
        <source>Scenario paths</source>
        <translation>情境路徑</translation>
    </message>
    <message>
        <source>Cohort, assessment, officer or scenario</source>
        <translation>組別、評核、人員或情境</translation>
    </message>
    <message>
        <source>No scenario to report on.</source>
        <translation>沒有可報告的情境。</translation>
    </message>
    <message>
        <source>good</source>
        <translation>理想</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分理想</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>欠佳</translation>
    </message>
    <message>
        <source>How the plays ended</source>
        <translation>各次練習的結局</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>結局</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>Nobody has finished this scenario yet.</source>
        <translation>暫時未有人完成這個情境。</translation>
    </message>
    <message>
        <source>Choices at each decision</source>
        <translation>每個決定的選擇</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>選取次數</translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation>暫時未有記錄任何選擇。</translation>
    </message>
    <message>
        <source>Plays finished: %1. Officers who finished it: %2. Choices recorded: %3. An officer who plays again counts again.</source>
        <translation>完成次數：%1。完成的人員：%2。已記錄的選擇：%3。人員每重做一次都會再計算一次。</translation>
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
<context>
    <name>cca::wallet::WalletLabPage</name>
    <message>
        <source>Ethereum</source>
        <translation>以太坊</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>波場（TRON）</translation>
    </message>
    <message>
        <source>Litecoin (legacy, L…)</source>
        <translation>萊特幣（舊式，L…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin legacy (P2PKH, 1…)</source>
        <translation>%1 比特幣舊式（P2PKH，1…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin nested SegWit (P2SH-P2WPKH, 3…)</source>
        <translation>%1 比特幣嵌套SegWit（P2SH-P2WPKH，3…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin native SegWit (P2WPKH, bc1q…)</source>
        <translation>%1 比特幣原生SegWit（P2WPKH，bc1q…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin Taproot (P2TR, bc1p…)</source>
        <translation>%1 比特幣Taproot（P2TR，bc1p…）</translation>
    </message>
    <message>
        <source>TRON address (T…)</source>
        <translation>波場地址（T…）</translation>
    </message>
    <message>
        <source>Bitcoin native SegWit (bc1q…)</source>
        <translation>比特幣原生SegWit（bc1q…）</translation>
    </message>
    <message>
        <source>Ethereum address (0x…)</source>
        <translation>以太坊地址（0x…）</translation>
    </message>
    <message>
        <source>Bitcoin legacy (1…)</source>
        <translation>比特幣舊式（1…）</translation>
    </message>
    <message>
        <source>Bitcoin Taproot (bc1p…)</source>
        <translation>比特幣Taproot（bc1p…）</translation>
    </message>
    <message>
        <source>Bitcoin nested SegWit (3…)</source>
        <translation>比特幣嵌套SegWit（3…）</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>錢包實驗室</translation>
    </message>
    <message>
        <source>&amp;Training wallet</source>
        <translation>訓練錢包(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore drill</source>
        <translation>還原演練(&amp;R)</translation>
    </message>
    <message>
        <source>Find the &amp;missing word</source>
        <translation>找出缺失的詞(&amp;M)</translation>
    </message>
    <message>
        <source>Match the pat&amp;h</source>
        <translation>配對路徑(&amp;H)</translation>
    </message>
    <message>
        <source>TRAINING ONLY — never use these wallets for real funds. Never type a real seed phrase found at a search here: real wallet material goes to your force&apos;s digital-evidence / crypto-seizure specialists.</source>
        <translation>只供訓練 — 切勿以這些錢包存放真實資金。切勿在此輸入搜查時找到的真實助記詞：真實錢包資料須交由所屬警隊的數碼證據／加密貨幣扣押專家處理。</translation>
    </message>
    <message>
        <source>Training only warning</source>
        <translation>「只供訓練」警告</translation>
    </message>
    <message>
        <source>The seed card picture is missing from this installation; the words are in the module&apos;s lesson 2.</source>
        <translation>此安裝版本缺少助記詞卡圖片；助記詞載於本單元第2課。</translation>
    </message>
    <message>
        <source>Generate a training wallet and follow how its words become a seed, a master key, accounts and addresses. One phrase controls every one of them, on every chain.</source>
        <translation>產生一個訓練錢包，看看它的助記詞如何變成種子、主密鑰、帳戶及地址。一組助記詞便可控制以上全部，而且適用於每一條鏈。</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>詞數(&amp;W)：</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12個詞</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24個詞</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>詞數</translation>
    </message>
    <message>
        <source>Word &amp;list:</source>
        <translation>詞表(&amp;L)：</translation>
    </message>
    <message>
        <source>Word list language</source>
        <translation>詞表語言</translation>
    </message>
    <message>
        <source>&amp;Generate training wallet</source>
        <translation>產生訓練錢包(&amp;G)</translation>
    </message>
    <message>
        <source>The words</source>
        <translation>助記詞</translation>
    </message>
    <message>
        <source>No training wallet yet. Choose the number of words and the word list, then Generate.</source>
        <translation>尚未有訓練錢包。請選擇詞數及詞表，然後按「產生訓練錢包」。</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>密語（選填）(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <source>Try any word: the same phrase gives a different wallet</source>
        <translation>試輸入任何字詞：同一組助記詞會得出另一個錢包</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>顯示密語</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>From words to addresses</source>
        <translation>由助記詞到地址</translation>
    </message>
    <message>
        <source>Derivation tree</source>
        <translation>衍生樹</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>複製地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the selected address; the clipboard is cleared after 30 seconds</source>
        <translation>複製所選地址；剪貼簿會在30秒後清除</translation>
    </message>
    <message>
        <source>Only addresses can be copied. The words, seed and keys never leave this screen.</source>
        <translation>只可複製地址。助記詞、種子及密鑰絕不會離開此畫面。</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>第%1個詞：%2</translation>
    </message>
    <message>
        <source>This wallet could not be derived: %1</source>
        <translation>無法衍生此錢包：%1</translation>
    </message>
    <message numerus="yes">
        <source>Words (%n)</source>
        <translation>
            <numerusform>助記詞（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>The full phrase is in the grid above</source>
        <translation>完整助記詞見上方表格</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, no passphrase)</source>
        <translation>種子（PBKDF2，無密語）</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, with passphrase)</source>
        <translation>種子（PBKDF2，有密語）</translation>
    </message>
    <message>
        <source>%1 (64 bytes)</source>
        <translation>%1（64位元組）</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>主密鑰</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>指紋%1</translation>
    </message>
    <message>
        <source>Master key fingerprint %1</source>
        <translation>主密鑰指紋%1</translation>
    </message>
    <message>
        <source>Select and press Copy address (or Enter) to copy</source>
        <translation>選取後按「複製地址」（或Enter）即可複製</translation>
    </message>
    <message>
        <source>Master key fingerprint %1. Type a passphrase to see what it changes.</source>
        <translation>主密鑰指紋%1。輸入密語，看看會有甚麼改變。</translation>
    </message>
    <message>
        <source>Same words, different passphrase: a different wallet. Master key fingerprint %1 with this passphrase, %2 without it; every address below is different too.</source>
        <translation>相同的助記詞，不同的密語：便是另一個錢包。使用此密語時主密鑰指紋為%1，不使用時為%2；下方每個地址亦全部不同。</translation>
    </message>
    <message>
        <source>A seed card was photographed at a search (a training card from the module). Type its 12 words to restore the wallet and check that you recovered the address written on the card.</source>
        <translation>搜查時拍下了一張助記詞卡（本單元的訓練卡）。請輸入卡上的12個詞以還原錢包，並核對你還原出的地址是否與卡上所寫的地址相同。</translation>
    </message>
    <message>
        <source>Photograph of the training seed card</source>
        <translation>訓練助記詞卡的相片</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>第%1個詞</translation>
    </message>
    <message>
        <source>P&amp;assphrase, if the card mentions one:</source>
        <translation>密語（如卡上有註明）(&amp;A)：</translation>
    </message>
    <message>
        <source>Restore passphrase</source>
        <translation>還原用密語</translation>
    </message>
    <message>
        <source>✗ Not on the word list</source>
        <translation>✗ 不在詞表內</translation>
    </message>
    <message>
        <source>✗ Not on the word list. Did you mean: %1?</source>
        <translation>✗ 不在詞表內。你是否指：%1？</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list.</source>
        <translation>✗ 無法辨識第%1個詞：「%2」不在BIP39詞表內。</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list. Did you mean: %3?</source>
        <translation>✗ 無法辨識第%1個詞：「%2」不在BIP39詞表內。你是否指：%3？</translation>
    </message>
    <message>
        <source>%1 of %2 words typed. Type each word as written on the card; suggestions appear as you type.</source>
        <translation>已輸入%1個詞（共%2個）。請按卡上所寫逐一輸入每個詞；輸入時會顯示建議。</translation>
    </message>
    <message>
        <source>✗ Wrong checksum: every word is on the list, but together they are not a valid phrase. A word is misread or two words are swapped; compare each word with the card again.</source>
        <translation>✗ 校驗碼錯誤：每個詞都在詞表內，但組合起來並不是有效的助記詞。可能有一個詞看錯了，或有兩個詞調轉了；請再逐一與卡上的詞核對。</translation>
    </message>
    <message>
        <source>✗ This is not a valid phrase: %1</source>
        <translation>✗ 這不是有效的助記詞：%1</translation>
    </message>
    <message>
        <source>Valid ✓ The 12 words pass the checksum.</source>
        <translation>有效 ✓ 這12個詞通過校驗碼檢查。</translation>
    </message>
    <message>
        <source>First BIP84 address (native SegWit, m/84&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>第一個BIP84地址（原生SegWit，m/84&apos;/0&apos;/0&apos;/0/0）：</translation>
    </message>
    <message>
        <source>First BIP44 address (legacy, m/44&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>第一個BIP44地址（舊式，m/44&apos;/0&apos;/0&apos;/0/0）：</translation>
    </message>
    <message>
        <source>✓ The first BIP84 address matches the address recorded on the card: you restored the right wallet. Drill complete.</source>
        <translation>✓ 第一個BIP84地址與卡上記錄的地址相符：你還原了正確的錢包。演練完成。</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: a valid phrase, but not the card&apos;s. Check the words again.</source>
        <translation>✗ 第一個BIP84地址與卡上記錄的地址不符：助記詞有效，但不是卡上的那一組。請再檢查各個詞。</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: with this passphrase the same words open a different wallet.</source>
        <translation>✗ 第一個BIP84地址與卡上記錄的地址不符：使用此密語時，同一組助記詞會開啟另一個錢包。</translation>
    </message>
    <message>
        <source>Word 7 of this card is smudged. The last word carries a checksum, so only some of the 2,048 words fit. Try them all, then derive each candidate&apos;s first address until one matches the address the owner&apos;s records show.</source>
        <translation>此卡上的第7個詞已模糊不清。最後一個詞包含校驗碼，因此2,048個詞中只有部分符合。請逐一嘗試所有詞，然後為每個候選詞衍生第一個地址，直至找到與持有人紀錄所示地址相符的一個。</translation>
    </message>
    <message>
        <source>Photograph of the training seed card with a smudged word</source>
        <translation>訓練助記詞卡的相片（有一個詞模糊不清）</translation>
    </message>
    <message>
        <source>Known first address (m/84&apos;/0&apos;/0&apos;/0/0): &lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>已知的第一個地址（m/84&apos;/0&apos;/0&apos;/0/0）：&lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Tr&amp;y all 2,048 words</source>
        <translation>嘗試全部2,048個詞(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Words tried</source>
        <translation>已嘗試的詞</translation>
    </message>
    <message>
        <source>Words that pass the checksum</source>
        <translation>通過校驗碼檢查的詞</translation>
    </message>
    <message>
        <source>&amp;Derive first BIP84 address</source>
        <translation>衍生第一個BIP84地址(&amp;D)</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未開始。</translation>
    </message>
    <message>
        <source>Trying every word at position 7… %1 of 2,048 tried.</source>
        <translation>正在第7個位置逐一嘗試每個詞… 已嘗試%1個（共2,048個）。</translation>
    </message>
    <message>
        <source>Trying every word at position 7…</source>
        <translation>正在第7個位置逐一嘗試每個詞…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept; try again when you are ready.</source>
        <translation>已取消。沒有保留任何資料；準備好後請再試。</translation>
    </message>
    <message>
        <source>%1 of 2,048 words pass the checksum at position 7. Derive each one&apos;s first BIP84 address (select it and press Enter) to find the one that matches the known address.</source>
        <translation>在第7個位置，2,048個詞中有%1個通過校驗碼檢查。請為每個詞衍生第一個BIP84地址（選取後按Enter），找出與已知地址相符的一個。</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 相符</translation>
    </message>
    <message>
        <source>✗ no match</source>
        <translation>✗ 不符</translation>
    </message>
    <message>
        <source>“%1” gives %2, not the known address. Try another candidate.</source>
        <translation>「%1」得出%2，並非已知地址。請嘗試另一個候選詞。</translation>
    </message>
    <message>
        <source>✓ Found: word 7 is “%1”. Its first BIP84 address is the known address. Exercise complete.</source>
        <translation>✓ 已找到：第7個詞是「%1」。它的第一個BIP84地址就是已知地址。練習完成。</translation>
    </message>
    <message>
        <source>A wallet&apos;s path says which kind of address it makes. Match each account path with its address type, then Check.</source>
        <translation>錢包的路徑決定它產生哪一類地址。請為每個帳戶路徑配對其地址類型，然後按「核對」。</translation>
    </message>
    <message>
        <source>Address type for %1</source>
        <translation>%1的地址類型</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>核對(&amp;K)</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ 正確</translation>
    </message>
    <message>
        <source>✗ It is: %1</source>
        <translation>✗ 正確答案：%1</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>答對%1題（共%2題）</translation>
    </message>
    <message>
        <source>Valid: all %1 words are on the list and the checksum in the last word matches. Whoever holds these words controls the wallet.</source>
        <translation>有效：全部%1個詞都在詞表內，而最後一個詞的校驗碼亦相符。任何持有這些詞的人都可控制該錢包。</translation>
    </message>
    <message>
        <source>Not valid: word %1, “%2”, is not on the BIP39 word list (nearest words: %3).</source>
        <translation>無效：第%1個詞「%2」不在BIP39詞表內（最接近的詞：%3）。</translation>
    </message>
    <message>
        <source>Not valid: it has %1 words, and a BIP39 phrase has 12, 15, 18, 21 or 24. A word is missing.</source>
        <translation>無效：它有%1個詞，但BIP39助記詞應有12、15、18、21或24個詞。缺少了一個詞。</translation>
    </message>
    <message>
        <source>Not valid: every word is on the list, but the checksum in the last word does not match. Two words are swapped or one is misread.</source>
        <translation>無效：每個詞都在詞表內，但最後一個詞的校驗碼不符。有兩個詞調轉了，或有一個詞看錯了。</translation>
    </message>
    <message>
        <source>Not valid: there are no words.</source>
        <translation>無效：沒有任何詞。</translation>
    </message>
    <message>
        <source>The suspect&apos;s phone has the Binance app open and logged in. No seed phrase was found anywhere.</source>
        <translation>疑犯手機上的Binance應用程式已開啟並已登入。各處均沒有找到任何助記詞。</translation>
    </message>
    <message>
        <source>the exchange holds the keys: Binance can freeze the account and move the funds. Send it a preservation and freeze request at once; until then the suspect can withdraw from any device.</source>
        <translation>交易平台持有密鑰：Binance可以凍結帳戶及轉移資金。請立即向其發出保存資料及凍結要求；在此之前，疑犯可從任何裝置提款。</translation>
    </message>
    <message>
        <source>A steel plate stamped with 24 words, found in a bedroom drawer.</source>
        <translation>在睡房抽屜內找到的一塊鋼板，上面刻有24個詞。</translation>
    </message>
    <message>
        <source>whoever has the 24 words controls the funds, from any wallet app anywhere. Nobody can freeze them: photograph the plate, secure it and call the seizure specialists.</source>
        <translation>任何持有這24個詞的人，都可在任何地方以任何錢包應用程式控制資金。沒有人能凍結這些資金：請拍攝鋼板、妥善保管，並聯絡扣押專家。</translation>
    </message>
    <message>
        <source>A Ledger hardware wallet and a paper recovery card in the suspect&apos;s safe.</source>
        <translation>疑犯保險箱內的一個Ledger硬件錢包及一張紙本還原卡。</translation>
    </message>
    <message>
        <source>the keys are on the device and the card; no company can freeze them. The card alone is enough to move the funds, so secure both under dual control.</source>
        <translation>密鑰存於裝置及卡上；沒有任何公司可以凍結這些資金。單憑該卡已足以轉移資金，因此兩者均須在雙人監管下妥善保管。</translation>
    </message>
    <message>
        <source>Monthly statements of an account at a licensed Hong Kong virtual-asset trading platform, in the suspect&apos;s name.</source>
        <translation>疑犯名下一個香港持牌虛擬資產交易平台帳戶的月結單。</translation>
    </message>
    <message>
        <source>the licensed platform holds the keys and can freeze the account. Send a preservation request through the proper legal channel; the platform keeps the records of every deposit and withdrawal.</source>
        <translation>持牌交易平台持有密鑰，並可凍結帳戶。請經適當的法律途徑發出保存資料要求；交易平台保存每一筆存款及提款的紀錄。</translation>
    </message>
    <message>
        <source>A MetaMask extension installed in the web browser on the suspect&apos;s laptop.</source>
        <translation>疑犯手提電腦的網頁瀏覽器上安裝了MetaMask擴充功能。</translation>
    </message>
    <message>
        <source>MetaMask keeps the keys on the laptop; its recovery phrase restores them anywhere. MetaMask cannot freeze anything: whoever has the phrase or the unlocked extension can move the funds.</source>
        <translation>MetaMask把密鑰存放在手提電腦上；其還原助記詞可在任何地方還原密鑰。MetaMask無法凍結任何資金：任何持有助記詞或已解鎖擴充功能的人都可轉移資金。</translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation>託管</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>自行保管</translation>
    </message>
    <message>
        <source>&amp;Spot the invalid phrase</source>
        <translation>找出無效的助記詞(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ustodial or self-custody?</source>
        <translation>託管還是自行保管(&amp;U)？</translation>
    </message>
    <message>
        <source>Words written down at a search are not always a wallet. Tick each phrase that is NOT a valid BIP39 phrase, then Check: the checksum, the word list and the number of words decide.</source>
        <translation>搜查時找到的手寫字詞不一定是錢包。請剔選每一組「不是」有效BIP39助記詞的詞組，然後按「核對」：校驗碼、詞表及詞數決定其是否有效。</translation>
    </message>
    <message>
        <source>Tick when this phrase is not valid</source>
        <translation>如此助記詞無效，請剔選</translation>
    </message>
    <message>
        <source>&amp;New phrases</source>
        <translation>新的助記詞(&amp;N)</translation>
    </message>
    <message>
        <source>Phrase %1 is not valid</source>
        <translation>第%1組助記詞無效</translation>
    </message>
    <message>
        <source>✗ It is valid</source>
        <translation>✗ 此助記詞有效</translation>
    </message>
    <message>
        <source>✗ It is not valid</source>
        <translation>✗ 此助記詞無效</translation>
    </message>
    <message>
        <source>Who holds the keys decides what you do next: a company that can freeze the funds, or whoever has the words or the device. Choose for each case, then Check.</source>
        <translation>誰持有密鑰，決定你下一步怎樣做：是可凍結資金的公司，還是任何持有助記詞或裝置的人。請為每個個案作出選擇，然後按「核對」。</translation>
    </message>
    <message>
        <source>Case %1: custodial or self-custody</source>
        <translation>個案%1：託管還是自行保管</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In the tracing lab&apos;s cases</source>
        <translation>在追蹤實驗室的案例中</translation>
    </message>
    <message>
        <source>The first %1 receiving and change addresses of every usual path (Bitcoin and its test network, Ethereum, TRON, Litecoin) were looked up in the cases&apos; simulated ledger.</source>
        <translation>已在案例的模擬帳本中查找每條常用路徑（比特幣及其測試網絡、以太坊、波場、萊特幣）首%1個收款及找零地址。</translation>
    </message>
    <message>
        <source>None of them occurs in a case: on a real wallet, check every chain and path with a block explorer before concluding it is empty.</source>
        <translation>這些地址都不在任何案例中：處理真實錢包時，須先用區塊瀏覽器查核每條鏈和每條路徑，才可斷定錢包是空的。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Holds at the end of the case</source>
        <translation>案例結束時持有</translation>
    </message>
    <message>
        <source>%1 (the money passed through)</source>
        <translation>%1（資金只是經過）</translation>
    </message>
    <message>
        <source>These words control that money now. Seize it by moving it to a force-controlled wallet under dual control, and record every step for the chain of custody.</source>
        <translation>這些詞語現時控制着這筆錢。請在雙人監控下把資金轉入警方控制的錢包以作扣押，並記錄每一步以維持證物鏈。</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密罪案學院</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>產生於%1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1頁</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>沒有資料列。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>無法產生PDF。</translation>
    </message>
</context>
</TS>
