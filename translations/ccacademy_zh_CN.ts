<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be read. It was moved aside to %1 and a new, empty database was started. Give the old file to your administrator.</source>
        <translation>进度数据库已损坏，无法读取。原文件已移至%1，并已新建一个空数据库。请将旧文件交给系统管理员。</translation>
    </message>
    <message>
        <source>Central progress database</source>
        <translation>中央进度数据库</translation>
    </message>
    <message>
        <source>%1

Password for the central database:</source>
        <translation>%1

中央数据库的密码：</translation>
    </message>
    <message>
        <source>The central progress database cannot be used: %1</source>
        <translation>无法使用中央进度数据库：%1</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file for now</source>
        <translation>暂时使用本工作站的数据库文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>无法执行语句</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>无法绑定参数</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>无法获取行</translation>
    </message>
</context>
<context>
    <name>cca::accounts::Credentials</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要8个字符。</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol in the password.</source>
        <translation>密码须包含字母，以及至少一个数字或符号。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN须为4至8位数字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN只能包含数字。</translation>
    </message>
</context>
<context>
    <name>cca::accounts::SignInPolicy</name>
    <message>
        <source>This profile does not exist on this workstation.</source>
        <translation>本工作站上不存在此档案。</translation>
    </message>
    <message>
        <source>Locked after %1 wrong tries. Try again after %2, or ask an administrator.</source>
        <translation>连续输入错误%1次，档案已被锁定。请在%2后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <source>Wrong again. The profile is locked for %1 minutes.</source>
        <translation>再次输入错误。档案已被锁定%1分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>PIN错误。还剩%n次机会，之后档案将被锁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>密码错误。还剩%n次机会，之后档案将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>无法保护密码（内存不足）。</translation>
    </message>
</context>
<context>
    <name>cca::assessment</name>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>cca::assessment::AnswerWidget</name>
    <message>
        <source>1.  True</source>
        <translation>1.  正确</translation>
    </message>
    <message>
        <source>2.  False</source>
        <translation>2.  错误</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>输入数字</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>输入你的答案</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>你的答案（数字）</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>A trainer marks this answer later.</source>
        <translation>此答案稍后由培训师评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n字</numerusform>
        </translation>
    </message>
    <message>
        <source>between %1 and %2 words</source>
        <translation>需%1至%2字</translation>
    </message>
    <message>
        <source>at least %1 words</source>
        <translation>至少%1字</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>待排序的项目</translation>
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
        <translation>将所选项目上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>将所选项目下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Picture: click the places the question asks for</source>
        <translation>图片：请点击题目要求的位置</translation>
    </message>
    <message>
        <source>Choose an area of the picture</source>
        <translation>选择图片中的区域</translation>
    </message>
    <message>
        <source>Mark this area</source>
        <translation>标记此区域</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>%1 of %2 marks placed</source>
        <translation>已放置%1个标记（共%2个）</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>词语或短语</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>第%1个空格</translation>
    </message>
    <message>
        <source>Read this, then go on. No answer is needed.</source>
        <translation>请阅读以下内容，然后继续。无需作答。</translation>
    </message>
</context>
<context>
    <name>cca::assessment::QuizPage</name>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>继续作答</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>立即提交</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第%1题（共%2题）</translation>
    </message>
    <message>
        <source>Question %1, answered</source>
        <translation>第%1题，已作答</translation>
    </message>
    <message>
        <source>Question %1, not answered</source>
        <translation>第%1题，未作答</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <source>%1 of %2 questions fully right · pass mark %3%</source>
        <translation>完全答对%1道题（共%2道） · 及格线%3%</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>返回模块</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>答题回顾</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>不正确</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Practice: check each answer as you go and try again up to %n time(s). Nothing here counts against you.</source>
        <translation>
            <numerusform>练习模式：每题作答后即可核对答案，最多可再试%n次。练习结果不计入成绩。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery: answer questions one after another. You are done when %1 of your last %2 answers are right.</source>
        <translation>掌握模式：逐题作答。当你最近%2次作答中有%1次答对时，即告完成。</translation>
    </message>
    <message>
        <source>Exam: answer every question, then submit. You see your results after submitting.</source>
        <translation>考试模式：回答所有题目后提交。提交后即可查看结果。</translation>
    </message>
    <message>
        <source>your last attempt counts</source>
        <translation>以最后一次作答计算成绩</translation>
    </message>
    <message>
        <source>your first attempt counts</source>
        <translation>以第一次作答计算成绩</translation>
    </message>
    <message>
        <source>the average of your attempts counts</source>
        <translation>以各次作答的平均分计算成绩</translation>
    </message>
    <message>
        <source>your best attempt counts</source>
        <translation>以最佳一次作答计算成绩</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>标记稍后再看</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (Ctrl+Shift+F)</source>
        <translation>标记此题，稍后再回来作答（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>核对答案</translation>
    </message>
    <message>
        <source>Check this answer (Ctrl+Return)</source>
        <translation>核对此答案（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Filled: answered. Outlined: on screen. ⚑: flagged.</source>
        <translation>实心：已作答。描边：当前显示。⚑：已标记。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>共%n道题</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation>及格线%1%</translation>
    </message>
    <message numerus="yes">
        <source>time limit %n minute(s); the clock keeps running if you close the app</source>
        <translation>
            <numerusform>限时%n分钟；即使关闭应用程序，计时仍会继续</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 attempts used</source>
        <translation>已作答%1次（共%2次机会）</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>不限作答次数</translation>
    </message>
    <message>
        <source>Your grade: %1% · %2</source>
        <translation>你的成绩：%1% · %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <source>Continue the attempt</source>
        <translation>继续本次作答</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>开始新一次作答</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>You have used every attempt this assessment allows.</source>
        <translation>你已用完本测验允许的全部作答次数。</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>你的作答记录</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Choose one answer (or press its number).</source>
        <translation>请选择一个答案（或按其数字键）。</translation>
    </message>
    <message>
        <source>Choose every answer that applies (or press their numbers).</source>
        <translation>请选择所有符合的答案（或按其数字键）。</translation>
    </message>
    <message>
        <source>Choose the matching answer for each line.</source>
        <translation>请为每一行选择匹配的答案。</translation>
    </message>
    <message>
        <source>Put the items in the right order: drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>请将项目按正确顺序排列：拖动项目，或选中其中一项后按Alt+↑ / Alt+↓。</translation>
    </message>
    <message>
        <source>Choose the right group for each item.</source>
        <translation>请为每个项目选择正确的分组。</translation>
    </message>
    <message>
        <source>Click the right places on the picture, or choose an area from the list and press Mark.</source>
        <translation>请在图片上点击正确的位置，或从列表中选择区域后按“标记此区域”。</translation>
    </message>
    <message>
        <source>Fill in each numbered blank.</source>
        <translation>请填写每个已编号的空格。</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>请先作答。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation>部分正确。</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Try again: %n try(s) left.</source>
        <translation>
            <numerusform>再试一次：还剩%n次机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %2 answers right · %3 needed · %n answered so far</source>
        <translation>
            <numerusform>最近%2次作答中答对%1次 · 需答对%3次 · 已作答%n道题</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Time left %1:%2</source>
        <translation>剩余时间 %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>全部%n道题均已作答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet; they score nothing.</source>
        <translation>
            <numerusform>还有%n道题未作答，这些题目不得分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n道题已标记稍后再看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit now? You cannot change your answers afterwards.</source>
        <translation>确定立即提交？提交后将无法再更改答案。</translation>
    </message>
    <message>
        <source>%1 of your last %2 answers were right.</source>
        <translation>最近%2次作答中答对了%1次。</translation>
    </message>
    <message>
        <source>Your answers were submitted.</source>
        <translation>你的答案已提交。</translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s) will be marked by a trainer.</source>
        <translation>
            <numerusform>%n份书面答案将由培训师评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>To be marked</source>
        <translation>待评分</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>部分正确</translation>
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
        <translation>复习</translation>
    </message>
    <message>
        <source>Questions you missed come back here, spaced out over days so they stick (the SM-2 method). A right answer moves the next review further away.</source>
        <translation>你答错的题目会在这里再次出现，并间隔数天安排，帮助你牢固记忆（SM-2方法）。答对后，下次复习的时间会进一步推后。</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>核对答案</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>All caught up. No reviews are due today.</source>
        <translation>已全部完成，今天没有需要复习的题目。</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1题（共%2题）</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>请先作答。</translation>
    </message>
    <message>
        <source>Right. It comes back in a few days.</source>
        <translation>正确。此题将在几天后再次出现。</translation>
    </message>
    <message>
        <source>Not right. It comes back tomorrow.</source>
        <translation>不正确。此题明天会再次出现。</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
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
        <translation>结业证书</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <source>Service number %1</source>
        <translation>警号：%1</translation>
    </message>
    <message>
        <source>completed the training module</source>
        <translation>已完成培训模块</translation>
    </message>
    <message>
        <source>Version %1  ·  Score %2%  ·  %3</source>
        <translation>版本 %1  ·  成绩 %2%  ·  %3</translation>
    </message>
    <message>
        <source>Verification code: %1
Check it in Crypto Crime Academy (Verify certificate) or with &quot;ccacademy-cli certificate verify %1&quot; on the training unit&apos;s records.</source>
        <translation>核验码：%1
可在加密犯罪学院的“核验证书”页面，或基于培训单位的记录运行“ccacademy-cli certificate verify %1”，核验本证书。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>无法生成PDF。</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
</context>
<context>
    <name>cca::content::CatalogPage</name>
    <message>
        <source>Introductory</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation>基础知识</translation>
    </message>
    <message>
        <source>Wallets and seizure</source>
        <translation>钱包与扣押</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>资金追踪</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>社会工程学</translation>
    </message>
    <message>
        <source>Legal process</source>
        <translation>法律程序</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Search courses by title, summary or tag</source>
        <translation>按标题、摘要或标签搜索课程</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>搜索课程</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>按主题筛选</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>按级别筛选</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Filter by duration</source>
        <translation>按时长筛选</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation>30分钟以内</translation>
    </message>
    <message>
        <source>Up to 60 minutes</source>
        <translation>60分钟以内</translation>
    </message>
    <message>
        <source>Longer than 60 minutes</source>
        <translation>超过60分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n节课</numerusform>
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
        <translation>已完成%1节课（共%2节）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>尚未安装任何模块。</translation>
    </message>
    <message>
        <source>No course matches the search and filters. Clear them to see every course.</source>
        <translation>没有符合搜索和筛选条件的课程。清除条件即可查看全部课程。</translation>
    </message>
    <message>
        <source>Modules that cannot be opened</source>
        <translation>无法打开的模块</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>……另有%n个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n门课程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::content::LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>This lesson&apos;s file could not be read: %1</source>
        <translation>无法读取本课的文件：%1</translation>
    </message>
</context>
<context>
    <name>cca::content::LessonPlayer</name>
    <message>
        <source>Back to the module (Esc)</source>
        <translation>返回模块（Esc）</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>返回模块</translation>
    </message>
    <message>
        <source>Show or hide the outline</source>
        <translation>显示或隐藏大纲</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>已完成的课</translation>
    </message>
    <message>
        <source>Lesson outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <source>Web link copied (lessons never open the network):
%1</source>
        <translation>已复制网址（课程不会访问网络）：
%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>上一课（Alt+←）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>下一课（Alt+→）</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>第%1课（共%2课）</translation>
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
        <translation>已完成%1节课（共%2节）</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>参加测验</translation>
    </message>
    <message>
        <source>Finish module</source>
        <translation>完成模块</translation>
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
        <translation>法律提示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>播放或暂停（Ctrl+空格键）</translation>
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
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
</context>
<context>
    <name>cca::content::ModulePage</name>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Review the module</source>
        <translation>复习模块</translation>
    </message>
    <message>
        <source>Continue: lesson %1 of %2</source>
        <translation>继续：第%1课（共%2课）</translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation>开始学习本模块</translation>
    </message>
    <message>
        <source>Completed · best score %1%</source>
        <translation>已完成 · 最高分%1%</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation>已完成%1节课（共%2节）</translation>
    </message>
    <message>
        <source>After this module you can</source>
        <translation>完成本模块后，你将能够</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation>%1. %2  ·  %3</translation>
    </message>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation>第%1课：%2，%3</translation>
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
            <numerusform>测验：%1  ·  共%n道题，及格线%2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>保存证书（PDF）…</translation>
    </message>
    <message>
        <source>In the scam reference</source>
        <translation>诈骗参考资料中的相关条目</translation>
    </message>
    <message>
        <source>The scams this module teaches, with red flags and first-response checklists.</source>
        <translation>本模块讲授的诈骗手法，附风险信号和初步处置清单。</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Exercises on realistic cases. Your best result is kept; try again as often as you like.</source>
        <translation>基于真实案例的练习。系统会保留你的最佳成绩；你可以不限次数地反复练习。</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>聊天模拟</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>通话模拟</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>劝阻角色扮演</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>钱包实验室</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>资金追踪实验室</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
    <message>
        <source>best %1 of %2</source>
        <translation>最高%1分（满分%2分）</translation>
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
        <translation>%1不是PostgreSQL地址。请按 postgresql://user@host:port/database 的格式填写。</translation>
    </message>
    <message>
        <source>The address %1 names no user. Write it as postgresql://user@host:port/database.</source>
        <translation>地址%1中未指定用户名。请按 postgresql://user@host:port/database 的格式填写。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this workstation (Debian package libqt6sql6-psql); cannot reach %1.</source>
        <translation>本工作站未安装Qt的PostgreSQL驱动（Debian软件包libqt6sql6-psql），无法连接%1。</translation>
    </message>
    <message>
        <source>The option %1 in %2 is not allowed.</source>
        <translation>不允许在%2中使用选项%1。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>服务器%1要求输入密码。</translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation>服务器%1拒绝了该密码。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接%1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the database was not changed.</source>
        <translation>数据库%1由更新版本的加密犯罪学院写入（架构版本%2；当前版本仅支持%3）。请更新应用程序；该数据库未被修改。</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法准备数据库%1：%2</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqlProgressStore</name>
    <message>
        <source>A name and a service number are required.</source>
        <translation>必须填写姓名和警号。</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>Service number %1 is already used by %2.</source>
        <translation>警号%1已被%2使用。</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>学员组必须有名称。</translation>
    </message>
    <message>
        <source>A cohort named %1 exists already.</source>
        <translation>已存在名为“%1”的学员组。</translation>
    </message>
    <message>
        <source>An assignment needs a module, a due date, and either a cohort or an officer.</source>
        <translation>指派模块时必须指定模块、截止日期，以及学员组或个别警员。</translation>
    </message>
    <message>
        <source>No such officer.</source>
        <translation>该警员不存在。</translation>
    </message>
    <message>
        <source>Service number %1 belongs to another officer on this workstation.</source>
        <translation>警号%1已属于本工作站上的另一名警员。</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqliteProgressStore</name>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>无法为数据库创建文件夹：%1</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>该文件不是SQLite数据库</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>数据库%1已损坏（%2），且无法移至别处。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the file was not changed.</source>
        <translation>数据库%1由更新版本的加密犯罪学院写入（架构版本%2；当前版本仅支持%3）。请更新应用程序；该文件未被修改。</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法准备数据库%1：%2</translation>
    </message>
</context>
<context>
    <name>cca::reference::IndicatorPage</name>
    <message>
        <source>Cryptocurrency address</source>
        <translation>加密货币地址</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>ENS name (Ethereum Name Service)</source>
        <translation>ENS名称（以太坊域名服务）</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction hash(es)</source>
        <translation>
            <numerusform>%n个交易哈希</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web address(es)</source>
        <translation>
            <numerusform>%n个网址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain name(s)</source>
        <translation>
            <numerusform>%n个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n个电子邮件地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n个电话号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENS name(s)</source>
        <translation>
            <numerusform>%n个ENS名称</numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy (P2PKH)</source>
        <translation>旧式地址（P2PKH）</translation>
    </message>
    <message>
        <source>Script address (P2SH)</source>
        <translation>脚本地址（P2SH）</translation>
    </message>
    <message>
        <source>SegWit (P2WPKH)</source>
        <translation>SegWit（P2WPKH）</translation>
    </message>
    <message>
        <source>SegWit script (P2WSH)</source>
        <translation>SegWit脚本（P2WSH）</translation>
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
        <translation>EIP-55校验码</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Hexadecimal with 0x</source>
        <translation>带0x前缀的十六进制</translation>
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
        <translation>经典地址</translation>
    </message>
    <message>
        <source>X-address (address and tag)</source>
        <translation>X地址（地址加标签）</translation>
    </message>
    <message>
        <source>Public key (Base58)</source>
        <translation>公钥（Base58）</translation>
    </message>
    <message>
        <source>Standard address</source>
        <translation>标准地址</translation>
    </message>
    <message>
        <source>Integrated address (with payment ID)</source>
        <translation>集成地址（含支付ID）</translation>
    </message>
    <message>
        <source>Subaddress</source>
        <translation>子地址</translation>
    </message>
    <message>
        <source>ENS name</source>
        <translation>ENS名称</translation>
    </message>
    <message>
        <source>International number</source>
        <translation>国际号码</translation>
    </message>
    <message>
        <source>Hong Kong local number</source>
        <translation>香港本地号码</translation>
    </message>
    <message>
        <source>Main network</source>
        <translation>主网</translation>
    </message>
    <message>
        <source>Test network (coins have no value)</source>
        <translation>测试网（币没有价值）</translation>
    </message>
    <message>
        <source>Developer test network (coins have no value)</source>
        <translation>开发者测试网（币没有价值）</translation>
    </message>
    <message>
        <source>Stage network (coins have no value)</source>
        <translation>预发布网（stagenet，币没有价值）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>%1列入</translation>
    </message>
    <message>
        <source>This name imitates a well-known crypto service.</source>
        <translation>该名称仿冒知名加密货币服务。</translation>
    </message>
    <message>
        <source>This looks like %1 (%2), but it is not their address.</source>
        <translation>它看起来像%1（%2），但并非其真实网址。</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>线索核查</translation>
    </message>
    <message>
        <source>&amp;Check text</source>
        <translation>核查文本(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mpare addresses</source>
        <translation>比对地址(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Watchlists</source>
        <translation>监控名单(&amp;W)</translation>
    </message>
    <message>
        <source>Everything is checked on this computer: nothing you paste is sent anywhere.</source>
        <translation>所有核查均在本机上完成：你粘贴的任何内容都不会被发送到别处。</translation>
    </message>
    <message>
        <source>Paste a chat message, payment instruction or address</source>
        <translation>粘贴聊天消息、付款指示或地址</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>待核查文本</translation>
    </message>
    <message>
        <source>Checked as you type. Ctrl+Enter checks at once.</source>
        <translation>输入时自动核查。按Ctrl+Enter立即核查。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Check the text now (Ctrl+Enter); it is also checked as you type</source>
        <translation>立即核查文本（Ctrl+Enter）；输入时也会自动核查</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation>清除文本和结果</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>以文本形式复制结果</translation>
    </message>
    <message>
        <source>Every indicator with what it is and what to do next, for an e-mail or the case file</source>
        <translation>列出每条线索及其说明和后续处置，可用于电子邮件或案卷</translation>
    </message>
    <message>
        <source>Save as note…</source>
        <translation>另存为笔记…</translation>
    </message>
    <message>
        <source>Save the results as a text file for the case (Ctrl+S)</source>
        <translation>将结果保存为文本文件，供本案使用（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save the indicator note</source>
        <translation>保存线索笔记</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>笔记已保存：%1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>无法保存笔记：%1</translation>
    </message>
    <message>
        <source>Address poisoning check</source>
        <translation>地址投毒核查</translation>
    </message>
    <message>
        <source>Scammers send a tiny payment from an address that starts and ends like one the victim uses, hoping the victim later copies it from the wallet history. Paste the address the victim meant to pay and the address the money actually went to.</source>
        <translation>诈骗分子会从一个首尾字符与受害人常用地址相同的地址发送一笔极小额转账，企图让受害人日后从钱包历史记录中复制该地址。请粘贴受害人本想付款的地址，以及资金实际转入的地址。</translation>
    </message>
    <message>
        <source>Address the victim meant to &amp;pay</source>
        <translation>受害人本想付款的地址(&amp;P)</translation>
    </message>
    <message>
        <source>Address they &amp;actually paid</source>
        <translation>实际付款的地址(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. from the victim&apos;s own records or the exchange&apos;s deposit page</source>
        <translation>例如取自受害人自己的记录或交易平台的充值页面</translation>
    </message>
    <message>
        <source>e.g. from the transaction in the wallet history</source>
        <translation>例如取自钱包历史记录中的该笔交易</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>Compare the two addresses (Enter or Ctrl+Enter)</source>
        <translation>比对这两个地址（Enter或Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Meant</source>
        <translation>本想付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实际付款</translation>
    </message>
    <message>
        <source>Underlined: characters that match at the start and at the end, the part people check. In colour without underline: characters that differ.</source>
        <translation>带下划线：开头和结尾相同的字符，即人们通常会核对的部分。有颜色但无下划线：不同的字符。</translation>
    </message>
    <message>
        <source>Read about address poisoning</source>
        <translation>了解地址投毒</translation>
    </message>
    <message>
        <source>Open the scam reference entry: how it works, evidence, first response</source>
        <translation>打开诈骗参考资料条目：作案过程、证据、初步处置</translation>
    </message>
    <message>
        <source>Import a watchlist</source>
        <translation>导入监控名单</translation>
    </message>
    <message>
        <source>A CSV file of known scam addresses, domains and other indicators, for example one your unit shares. Its first row names the columns &lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;; the kind is one of address, domain, url, email, phone, ens or tx_hash, and the date is written YYYY-MM-DD. Rows with a problem are skipped and listed here with their line numbers; the good rows are kept.</source>
        <translation>包含已知诈骗地址、域名及其他线索的CSV文件，例如你所在单位共享的文件。文件第一行须列出列名&lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;；kind为address、domain、url、email、phone、ens或tx_hash之一，date按YYYY-MM-DD格式书写。有问题的行将被跳过，并连同行号列在此处；正确的行会被保留。</translation>
    </message>
    <message>
        <source>Import CSV file…</source>
        <translation>导入CSV文件…</translation>
    </message>
    <message>
        <source>Watchlists on this computer</source>
        <translation>本机上的监控名单</translation>
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
        <translation>CSV文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1 characters…</source>
        <translation>正在核查%1个字符…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) found: %1</source>
        <translation>
            <numerusform>发现%n条线索：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a watchlist</source>
        <translation>
            <numerusform>%n条在监控名单上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n条无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike(s)</source>
        <translation>
            <numerusform>%n条外观相似</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Paste what the victim was sent&lt;/b&gt; into the box above: a chat message, a payment instruction, an e-mail or just an address.&lt;br&gt;The checker finds cryptocurrency addresses, transaction hashes, web addresses and domains, e-mail addresses, phone numbers and ENS names; says whether each is valid and what it is; flags look-alike sites and anything on your watchlists; and says what to do next.</source>
        <translation>&lt;b&gt;请将受害人收到的内容粘贴到&lt;/b&gt;上方的输入框中：聊天消息、付款指示、电子邮件，或仅一个地址。&lt;br&gt;核查工具可识别加密货币地址、交易哈希、网址和域名、电子邮件地址、电话号码以及ENS名称；说明每项是否有效及其类型；标记外观相似的仿冒网站以及监控名单上的任何内容；并说明后续处置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No indicators found in this text.&lt;/b&gt;&lt;br&gt;Check that the whole address was copied (addresses are long: 26 to 100 characters) and that it was not retyped from a screenshot. Solana addresses are only recognised when the text mentions Solana.</source>
        <translation>&lt;b&gt;此文本中未发现线索。&lt;/b&gt;&lt;br&gt;请确认已复制完整的地址（地址较长：26至100个字符），且不是根据截图重新输入的。只有当文本中提到Solana时，才会识别Solana地址。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indicators. &quot;Copy results as text&quot; and &quot;Save as note…&quot; include all of them.</source>
        <translation>显示前%1条线索（共%2条）。“以文本形式复制结果”和“另存为笔记…”包含全部线索。</translation>
    </message>
    <message>
        <source>⚑ On a watchlist</source>
        <translation>⚑ 在监控名单上</translation>
    </message>
    <message>
        <source>On a watchlist</source>
        <translation>在监控名单上</translation>
    </message>
    <message>
        <source>⚠ Look-alike</source>
        <translation>⚠ 外观相似</translation>
    </message>
    <message>
        <source>Look-alike</source>
        <translation>外观相似</translation>
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
        <translation>✗ 无效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>在文本中显示</translation>
    </message>
    <message>
        <source>Select where it first appears in the pasted text</source>
        <translation>在粘贴的文本中选中其首次出现的位置</translation>
    </message>
    <message>
        <source>Show %1 in the pasted text</source>
        <translation>在粘贴的文本中显示%1</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比对…</translation>
    </message>
    <message>
        <source>Compare this address with another one, for address poisoning</source>
        <translation>将此地址与另一个地址比对，以排查地址投毒</translation>
    </message>
    <message>
        <source>Compare %1 with another address</source>
        <translation>将%1与另一个地址比对</translation>
    </message>
    <message numerus="yes">
        <source>Appears %n times in the text.</source>
        <translation>
            <numerusform>在文本中出现%n次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination tag: %1. Give it together with the address: the exchange needs both to find the customer.</source>
        <translation>目标标签：%1。请将其与地址一并提供：交易平台需要两者才能找到对应客户。</translation>
    </message>
    <message>
        <source>Why it is not valid:</source>
        <translation>无效原因：</translation>
    </message>
    <message>
        <source>With a correct checksum it would be written &lt;tt&gt;%1&lt;/tt&gt;; do not use that form unless the victim confirms the address from a trusted record.</source>
        <translation>如果校验码正确，应写作&lt;tt&gt;%1&lt;/tt&gt;；除非受害人根据可信记录确认了该地址，否则请勿使用这一写法。</translation>
    </message>
    <message>
        <source>On a watchlist of known scam indicators:</source>
        <translation>在已知诈骗线索的监控名单上：</translation>
    </message>
    <message>
        <source>Phishing patterns in the reference</source>
        <translation>参考资料中的钓鱼诈骗手法</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Explorer (when online):</source>
        <translation>区块链浏览器（联网时）：</translation>
    </message>
    <message>
        <source>Stablecoin issuers that can freeze funds on this chain:</source>
        <translation>可冻结该链上资金的稳定币发行方：</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>后续处置：</translation>
    </message>
    <message>
        <source>Indicator check</source>
        <translation>线索核查</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>撰写时间：%1（UTC %2）</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>警员：%1（%2）</translation>
    </message>
    <message>
        <source>No indicators found.</source>
        <translation>未发现线索。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>【无效】</translation>
    </message>
    <message>
        <source>Why it is not valid: %1</source>
        <translation>无效原因：%1</translation>
    </message>
    <message>
        <source>Destination tag: %1</source>
        <translation>目标标签：%1</translation>
    </message>
    <message>
        <source>ON A WATCHLIST: %1</source>
        <translation>【在监控名单上】%1</translation>
    </message>
    <message>
        <source>LOOK-ALIKE: %1 %2</source>
        <translation>【外观相似】%1 %2</translation>
    </message>
    <message>
        <source>What it is: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Explorer (when online): %1</source>
        <translation>区块链浏览器（联网时）：%1</translation>
    </message>
    <message>
        <source>Can freeze stablecoins on this chain: %1</source>
        <translation>可冻结该链上稳定币的机构：%1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>后续处置：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the indicator note)</source>
        <translation>
            <numerusform>…另有%n条（见线索笔记）</numerusform>
        </translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation>外观相似</translation>
    </message>
    <message>
        <source>look-alike of %1</source>
        <translation>与%1外观相似</translation>
    </message>
    <message>
        <source>on watchlist %1</source>
        <translation>在监控名单“%1”上</translation>
    </message>
    <message numerus="yes">
        <source>The results are on the clipboard: %n indicator(s).</source>
        <translation>
            <numerusform>结果已复制到剪贴板：共%n条线索。</numerusform>
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
        <translation>无法识别为本核查工具所支持的任何区块链的地址。</translation>
    </message>
    <message>
        <source>%1 address, valid.</source>
        <translation>%1地址，有效。</translation>
    </message>
    <message>
        <source>%1 address, NOT valid: %2</source>
        <translation>%1地址，无效：%2</translation>
    </message>
    <message>
        <source> after “%1”</source>
        <translation>“%1”之后的</translation>
    </message>
    <message numerus="yes">
        <source>The first %n character(s)%1 match</source>
        <translation>
            <numerusform>%1前%n个字符相同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 positions differ.</source>
        <translation>共%2个位置中有%1个不同。</translation>
    </message>
    <message>
        <source>The two are of different lengths (%1 and %2 characters).</source>
        <translation>两者长度不同（分别为%1个和%2个字符）。</translation>
    </message>
    <message>
        <source>Similarity: %1%.</source>
        <translation>相似度：%1%。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treat the paid address as the scammer&apos;s:&lt;/b&gt; record both addresses and the transaction, and look for the tiny &quot;dust&quot; payment from the look-alike in the victim&apos;s history shortly before.</source>
        <translation>&lt;b&gt;应将实际付款地址视为诈骗分子的地址：&lt;/b&gt;记录这两个地址及该笔交易，并在受害人的历史记录中查找不久前由该相似地址转入的极小额“粉尘”转账。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未从%1导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1：已读取%n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已导入%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n条已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>已跳过%n条</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again; the rows already imported are not duplicated:</source>
        <translation>请在文件中修正以下各行后重新导入；已导入的行不会重复导入：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…另有%n个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entr(y/ies) from this computer? Indicators are no longer matched against it until it is imported again.</source>
        <translation>
            <numerusform>要从本机移除监控名单&lt;b&gt;%1&lt;/b&gt;及其%n个条目吗？在重新导入之前，线索将不再与该名单比对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the watchlist “%1”: %n entr(y/ies).</source>
        <translation>
            <numerusform>已移除监控名单“%1”：%n个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlists are not available on this computer.</source>
        <translation>本机上无法使用监控名单。</translation>
    </message>
    <message>
        <source>The watchlists cannot be opened: %1</source>
        <translation>无法打开监控名单：%1</translation>
    </message>
    <message>
        <source>&amp;Watchlists (%1)</source>
        <translation>监控名单（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>No watchlists yet. Import a CSV file above; each source in it (the &quot;source&quot; column) becomes one watchlist here.</source>
        <translation>尚无监控名单。请在上方导入CSV文件；文件中的每个来源（“source”列）都会在此成为一个监控名单。</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>newest listing %1</source>
        <translation>最新列入：%1</translation>
    </message>
    <message>
        <source>last added %1</source>
        <translation>最近添加：%1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the watchlist %1</source>
        <translation>移除监控名单“%1”</translation>
    </message>
    <message>
        <source>%1, %2: %3 imported, %4 already known, %5 skipped</source>
        <translation>%1，%2：已导入%3条，%4条已存在，已跳过%5条</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <source>Kept on this computer in %1</source>
        <translation>保存在本机的%1中</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <extracomment>Joins &quot;The first 4 characters after “0x” match&quot; and &quot;the last 5 characters match&quot;.</extracomment>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>the last %n character(s) match</source>
        <translation>
            <numerusform>后%n个字符也相同</numerusform>
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
        <translation>校验码不匹配：有一个或多个字符错误（可能是输入错误、复制出错或地址被篡改）。切勿向该地址转账；请让对方重新提供地址。</translation>
    </message>
    <message>
        <source>It contains %1, which Base58 addresses never use (Base58 leaves out 0, O, I and l because they look alike): the address was mistyped or altered.</source>
        <translation>地址中含有%1，而Base58地址从不使用该字符（Base58不含0、O、I和l，因为它们外形相近）：地址输错或已被篡改。</translation>
    </message>
    <message>
        <source>The X-address carries an invalid tag field.</source>
        <translation>该X地址（X-address）的标签字段无效。</translation>
    </message>
    <message>
        <source>It uses the wrong checksum variant for its witness version (BIP350: version 0 uses Bech32, versions 1 and above use Bech32m): likely altered or produced by faulty software.</source>
        <translation>其校验码变体与见证版本不符（BIP350：版本0使用Bech32，版本1及以上使用Bech32m）：很可能已被篡改，或由有缺陷的软件生成。</translation>
    </message>
    <message>
        <source>It mixes upper and lower case, which Bech32 addresses never do.</source>
        <translation>地址混用了大小写字母，而Bech32地址从不这样。</translation>
    </message>
    <message>
        <source>It breaks the segwit address rules: %1.</source>
        <translation>不符合SegWit地址规则：%1。</translation>
    </message>
    <message>
        <source>It breaks the CashAddr rules: %1.</source>
        <translation>不符合CashAddr地址规则：%1。</translation>
    </message>
    <message>
        <source>The mixed upper and lower case does not match the EIP-55 checksum: likely a typo or an altered address. Wallets refuse it; ask for the address again.</source>
        <translation>大小写组合与EIP-55校验码不符：很可能是输入错误或地址被篡改。钱包会拒绝该地址；请让对方重新提供地址。</translation>
    </message>
    <message>
        <source>It has %1 hexadecimal digits after 0x; an EVM address has exactly 40. Characters were lost or added when it was copied.</source>
        <translation>0x后有%1位十六进制数字；EVM地址应恰好为40位。复制时有字符丢失或多出。</translation>
    </message>
    <message>
        <source>It contains characters that are not hexadecimal (0-9, a-f); an EVM address is 0x followed by 40 hexadecimal digits.</source>
        <translation>地址含有十六进制（0-9、a-f）以外的字符；EVM地址由0x加40位十六进制数字组成。</translation>
    </message>
    <message>
        <source>It uses the name of %1 with a different ending; the genuine site is %2.</source>
        <translation>它使用了%1的名称，但域名后缀不同；真正的网站是%2。</translation>
    </message>
    <message>
        <source>It imitates %1 with letters from another alphabet that look the same (an IDN homograph); the genuine site is %2.</source>
        <translation>它用其他文字中外形相同的字母仿冒%1（IDN同形异义字）；真正的网站是%2。</translation>
    </message>
    <message>
        <source>It imitates %1 by swapping look-alike characters (such as 0 for o, 1 or I for l, rn for m); the genuine site is %2.</source>
        <translation>它通过替换外形相似的字符仿冒%1（例如用0代替o，用1或I代替l，用rn代替m）；真正的网站是%2。</translation>
    </message>
    <message>
        <source>It adds words or hyphens to the name of %1 (like &quot;-support&quot; or &quot;-login&quot;); %1 uses only %2.</source>
        <translation>它在%1的名称中添加了单词或连字符（如“-support”或“-login”）；%1只使用%2。</translation>
    </message>
    <message>
        <source>It differs from %1 by only one or two characters, a typical typo-squatting domain; the genuine site is %2.</source>
        <translation>它与%1仅相差一两个字符，是典型的“错字抢注”（typo-squatting）域名；真正的网站是%2。</translation>
    </message>
    <message>
        <source>It puts the name of %1 in front of an unrelated domain (%2), so the address starts like the genuine one.</source>
        <translation>它把%1的名称放在一个无关域名（%2）前面，使网址开头看起来与真网址相同。</translation>
    </message>
    <message>
        <source>It mixes letters from different alphabets (for example Latin and Cyrillic) in one name, which genuine sites avoid.</source>
        <translation>它在同一名称中混用了不同文字的字母（例如拉丁字母和西里尔字母），正规网站不会这样做。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address with a valid EIP-55 checksum (its mixed upper and lower case protects against typos).</source>
        <translation>以太坊类（EVM）地址，EIP-55校验码有效（大小写混合的写法可防止输入错误）。</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address written in one case only, so it carries no EIP-55 checksum and a typo in it would not be noticed.</source>
        <translation>以太坊类（EVM）地址，全部使用同一种大小写书写，因此没有EIP-55校验码，其中的输入错误无法被发现。</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address whose mixed upper and lower case does not match the EIP-55 checksum.</source>
        <translation>以太坊类（EVM）地址，但其大小写组合与EIP-55校验码不符。</translation>
    </message>
    <message>
        <source>Something written like an Ethereum-style (EVM) address (0x and hexadecimal digits), but not a complete one.</source>
        <translation>写法类似以太坊类（EVM）地址（0x加十六进制数字），但并不完整。</translation>
    </message>
    <message>
        <source>The same address exists on every EVM chain (Ethereum, BNB Chain, Polygon, Arbitrum, Base and others) and may hold funds on several of them: check each chain the case may involve.</source>
        <translation>同一地址存在于所有EVM链（以太坊、BNB Chain、Polygon、Arbitrum、Base等）上，并可能在其中多条链上持有资金：请逐一核查案件可能涉及的每条链。</translation>
    </message>
    <message>
        <source>A TRON address (Base58Check, version byte 0x41, starts with T). USDT on TRON (TRC-20) is among the stablecoins most used in scams and laundering.</source>
        <translation>波场（TRON）地址（Base58Check格式，版本字节0x41，以T开头）。波场上的USDT（TRC-20）是诈骗和洗钱中最常用的稳定币之一。</translation>
    </message>
    <message>
        <source>An XRP Ledger X-address: the account address and the destination tag packed into one string.</source>
        <translation>XRP Ledger的X地址（X-address）：将账户地址和目标标签（destination tag）合并为一个字符串。</translation>
    </message>
    <message>
        <source>An XRP Ledger account address (starts with r, Base58Check with the XRP Ledger&apos;s own alphabet). Exchanges receive many customers&apos; deposits on one address and tell them apart by a destination tag, so the tag matters as much as the address.</source>
        <translation>XRP Ledger账户地址（以r开头，采用XRP Ledger专用字母表的Base58Check格式）。交易平台用同一个地址接收众多客户的充值，并通过目标标签（destination tag）区分客户，因此标签与地址同样重要。</translation>
    </message>
    <message>
        <source>A Solana account address (a 32-byte public key in Base58). Solana addresses carry no checksum, so a typo cannot be detected; it is reported because the text mentions Solana.</source>
        <translation>Solana账户地址（Base58格式的32字节公钥）。Solana地址没有校验码，因此无法发现输入错误；之所以列出，是因为文本中提到了Solana。</translation>
    </message>
    <message>
        <source>a subaddress, starts with 8 on the main network</source>
        <translation>子地址，在主网上以8开头</translation>
    </message>
    <message>
        <source>an integrated address: address and payment ID in one</source>
        <translation>集成地址：地址与支付ID合二为一</translation>
    </message>
    <message>
        <source>a standard address, starts with 4 on the main network</source>
        <translation>标准地址，在主网上以4开头</translation>
    </message>
    <message>
        <source>A Monero address (%1). Monero is a privacy coin: senders, receivers and amounts are hidden on its blockchain (ring signatures, one-time stealth addresses, confidential amounts), so the address cannot be followed on an explorer. Tracing works at the edges instead: where funds were swapped into or out of Monero (exchanges, swap services), which can be asked for their records.</source>
        <translation>门罗币（Monero）地址（%1）。门罗币是隐私币：其区块链上的发送方、接收方和金额均被隐藏（环签名、一次性隐身地址、机密金额），因此无法在区块链浏览器上追踪该地址。追踪须从“出入口”入手：即资金在何处兑换成门罗币或从门罗币兑出（交易平台、兑换服务），可以要求这些机构提供记录。</translation>
    </message>
    <message>
        <source>A Bitcoin Cash address in CashAddr format (%1; the bitcoincash: prefix may be left out, it is still part of the checksum). Bitcoin Cash split from Bitcoin in 2017; its coins are separate.</source>
        <translation>CashAddr格式的比特币现金（Bitcoin Cash）地址（%1；bitcoincash:前缀可以省略，但它仍参与校验码计算）。比特币现金于2017年从比特币分叉而来；两者的币相互独立。</translation>
    </message>
    <message>
        <source>script address, starts with p</source>
        <translation>脚本地址，以p开头</translation>
    </message>
    <message>
        <source>key address, starts with q</source>
        <translation>密钥地址，以q开头</translation>
    </message>
    <message>
        <source>a legacy pay-to-public-key-hash address (P2PKH)</source>
        <translation>旧式“支付到公钥哈希”地址（P2PKH）</translation>
    </message>
    <message>
        <source>a pay-to-script-hash address (P2SH), often a multi-signature or wrapped SegWit wallet</source>
        <translation>“支付到脚本哈希”地址（P2SH），通常是多重签名钱包或嵌套SegWit钱包</translation>
    </message>
    <message>
        <source>a native SegWit version 0 key address (P2WPKH, Bech32)</source>
        <translation>原生SegWit版本0密钥地址（P2WPKH，Bech32）</translation>
    </message>
    <message>
        <source>a native SegWit version 0 script address (P2WSH, Bech32), often a multi-signature wallet</source>
        <translation>原生SegWit版本0脚本地址（P2WSH，Bech32），通常是多重签名钱包</translation>
    </message>
    <message>
        <source>a Taproot address (SegWit version 1, Bech32m)</source>
        <translation>Taproot地址（SegWit版本1，Bech32m）</translation>
    </message>
    <message>
        <source>a SegWit address of a version no wallet uses yet (Bech32m); no genuine service would hand one out</source>
        <translation>尚无钱包使用的SegWit版本地址（Bech32m）；正规服务不会提供此类地址</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>一般地址</translation>
    </message>
    <message>
        <source>An address that is valid on %1: %2. The same form is used by both, so check both chains&apos; explorers.</source>
        <translation>在%1上均有效的地址：%2。两条链使用相同格式，因此请在两条链的区块链浏览器上都进行核查。</translation>
    </message>
    <message>
        <source>A %1 address: %2.</source>
        <translation>%1地址：%2。</translation>
    </message>
    <message>
        <source>Bitcoin Cash also accepts this legacy form.</source>
        <translation>比特币现金也接受这种旧式格式。</translation>
    </message>
    <message>
        <source>Do not send anything to it and do not search for it as written: ask for the original message or a screenshot and copy the address exactly.</source>
        <translation>切勿向该地址转账，也不要按现有写法搜索它：请索取原始消息或截图，并准确复制地址。</translation>
    </message>
    <message>
        <source>If the letters&apos; case was changed by hand or by a program, the intended address may be %1; confirm it with the source before relying on it.</source>
        <translation>如果字母大小写曾被人工或程序改动，原本的地址可能是%1；使用前请先向来源核实。</translation>
    </message>
    <message>
        <source>This is a test-network address: test coins have no value. A &apos;payment&apos; to it is not a real payment.</source>
        <translation>这是测试网地址：测试币没有价值。向该地址的“付款”并非真实付款。</translation>
    </message>
    <message>
        <source>When online, look it up on %1: balance, transactions, first and last activity, and any label the explorer shows.</source>
        <translation>联网时，请在%1上查询该地址：余额、交易记录、首次和最后一次活动时间，以及浏览器显示的任何标签。</translation>
    </message>
    <message>
        <source>Ask the victim how they bought or sent the Monero (which exchange or swap service) and send that service a preservation request: that is where the trail can be picked up.</source>
        <translation>询问受害人如何购买或转出门罗币（通过哪个交易平台或兑换服务），并向该服务发送数据保全请求：线索可以从那里继续追查。</translation>
    </message>
    <message>
        <source>If an explorer or the case labels it as an exchange&apos;s address, send that exchange a preservation request at once (and a freeze or disclosure request with the legal authority needed) through its law-enforcement channel.</source>
        <translation>如果区块链浏览器或案件资料显示这是某交易平台的地址，请立即通过该平台的执法协查渠道发送数据保全请求（并在具备所需法律授权后发送冻结或调证请求）。</translation>
    </message>
    <message>
        <source>Ask for the destination tag (or memo) used with this address: without it an exchange cannot tell which customer received the funds.</source>
        <translation>索取与该地址一同使用的目标标签（destination tag）或备注（memo）：没有它，交易平台无法确定是哪位客户收到了资金。</translation>
    </message>
    <message>
        <source>Quote the destination tag %1 in any request to an exchange: it identifies the customer account.</source>
        <translation>向交易平台提出任何请求时，请注明目标标签%1：它可识别客户账户。</translation>
    </message>
    <message>
        <source>Another address in this text looks like this one (same start and end): check which one the victim really meant to pay; a look-alike is the mark of address poisoning.</source>
        <translation>本文本中另一个地址与此地址相似（开头和结尾相同）：请核实受害人实际想付款的是哪一个；外观相似的地址是地址投毒（address poisoning）的标志。</translation>
    </message>
    <message>
        <source>Record it exactly as written, with the chain, the amounts and the times (UTC) of the transfers.</source>
        <translation>按原样准确记录该地址，并记下所属区块链、转账金额和时间（UTC）。</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>比特币</translation>
    </message>
    <message>
        <source>Ethereum and other EVM chains</source>
        <translation>以太坊及其他EVM链</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>波场（TRON）</translation>
    </message>
    <message>
        <source>Litecoin</source>
        <translation>莱特币</translation>
    </message>
    <message>
        <source>Bitcoin Cash</source>
        <translation>比特币现金</translation>
    </message>
    <message>
        <source>Dogecoin</source>
        <translation>狗狗币</translation>
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
        <translation>门罗币</translation>
    </message>
    <message>
        <source>a Bitcoin block explorer</source>
        <translation>比特币区块链浏览器</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (Etherscan for Ethereum; BscScan, PolygonScan, Arbiscan and the like for the other EVM chains)</source>
        <translation>Etherscan类区块链浏览器（以太坊用Etherscan；其他EVM链用BscScan、PolygonScan、Arbiscan等）</translation>
    </message>
    <message>
        <source>Tronscan (the TRON explorer)</source>
        <translation>Tronscan（波场区块链浏览器）</translation>
    </message>
    <message>
        <source>a Litecoin block explorer</source>
        <translation>莱特币区块链浏览器</translation>
    </message>
    <message>
        <source>a Bitcoin Cash block explorer</source>
        <translation>比特币现金区块链浏览器</translation>
    </message>
    <message>
        <source>a Dogecoin block explorer</source>
        <translation>狗狗币区块链浏览器</translation>
    </message>
    <message>
        <source>an XRP Ledger explorer</source>
        <translation>XRP Ledger区块链浏览器</translation>
    </message>
    <message>
        <source>a Solana explorer (such as Solscan)</source>
        <translation>Solana区块链浏览器（如Solscan）</translation>
    </message>
    <message>
        <source>a Monero block explorer (it shows that transactions exist, not who paid whom or how much)</source>
        <translation>门罗币区块链浏览器（只能显示交易存在，无法显示谁付款给谁或金额多少）</translation>
    </message>
    <message>
        <source>USDT on Ethereum and the other EVM chains can be frozen by its issuer Tether, and USDC by Circle: send a freeze request quickly if the address holds them.</source>
        <translation>以太坊及其他EVM链上的USDT可由发行方Tether冻结，USDC可由Circle冻结：如果该地址持有这些稳定币，请尽快发送冻结请求。</translation>
    </message>
    <message>
        <source>USDT on TRON can be frozen by its issuer Tether: send a freeze request quickly if the address holds it.</source>
        <translation>波场上的USDT可由发行方Tether冻结：如果该地址持有USDT，请尽快发送冻结请求。</translation>
    </message>
    <message>
        <source>USDT and USDC on Solana can be frozen by their issuers, Tether and Circle: send a freeze request quickly if the address holds them.</source>
        <translation>Solana上的USDT和USDC可分别由发行方Tether和Circle冻结：如果该地址持有这些稳定币，请尽快发送冻结请求。</translation>
    </message>
    <message>
        <source>XRP itself cannot be frozen by anyone; tokens issued on the XRP Ledger can be frozen by their issuer if the issuer enabled freezing.</source>
        <translation>XRP本身无法被任何人冻结；在XRP Ledger上发行的代币，如果发行方启用了冻结功能，则可由发行方冻结。</translation>
    </message>
    <message>
        <source>No issuer can freeze %1&apos;s own coin: only an exchange or custodian that holds the funds can stop them.</source>
        <translation>任何发行方都无法冻结%1的原生币：只有持有这些资金的交易平台或托管机构才能将其拦截。</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>，或</translation>
    </message>
    <message>
        <source>A transaction hash (transaction ID): 64 hexadecimal digits. EVM chains (Ethereum, BNB Chain, Polygon…) write it with 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, the XRP Ledger and Monero write it without. The same form fits several chains, so find out which one was used.</source>
        <translation>交易哈希（交易ID）：64位十六进制数字。EVM链（以太坊、BNB Chain、Polygon…）书写时带0x前缀；比特币、莱特币、比特币现金、狗狗币、波场、XRP Ledger和门罗币则不带。同一格式适用于多条链，因此须查明实际使用的是哪条链。</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (or Tronscan without the 0x)</source>
        <translation>Etherscan类区块链浏览器（不带0x时用Tronscan）</translation>
    </message>
    <message>
        <source>the explorer of the chain that was used (a Bitcoin block explorer, Tronscan, an XRP Ledger explorer…)</source>
        <translation>实际所用区块链的浏览器（比特币区块链浏览器、Tronscan、XRP Ledger区块链浏览器…）</translation>
    </message>
    <message>
        <source>When online, search it on %1: it shows sender, receiver, amount, token and time.</source>
        <translation>联网时，请在%1上搜索该哈希：可看到发送方、接收方、金额、代币和时间。</translation>
    </message>
    <message>
        <source>Follow the funds from the receiving address to the first exchange or stablecoin issuer and send them a preservation or freeze request.</source>
        <translation>从收款地址追踪资金，直至第一个交易平台或稳定币发行方，并向其发送数据保全或冻结请求。</translation>
    </message>
    <message>
        <source>Record the hash with the chain, the amount and the time (UTC).</source>
        <translation>记录该哈希，并记下所属区块链、金额和时间（UTC）。</translation>
    </message>
    <message>
        <source>A web address. Scam sites copy the look of exchanges, wallets and investment platforms; the address is often the only clue.</source>
        <translation>网址。诈骗网站会仿冒交易平台、钱包和投资平台的外观；网址往往是唯一的线索。</translation>
    </message>
    <message>
        <source>A domain name (a website&apos;s name).</source>
        <translation>域名（网站的名称）。</translation>
    </message>
    <message>
        <source>It belongs to %1, a well-known service; if the case involves it, %1 can receive preservation and disclosure requests.</source>
        <translation>它属于知名服务%1；如果案件涉及该服务，可以向%1发送数据保全和调证请求。</translation>
    </message>
    <message>
        <source>It is an international name written in punycode (xn--); it reads as %1.</source>
        <translation>这是用punycode（xn--）书写的国际化域名，显示为%1。</translation>
    </message>
    <message>
        <source>Warning: it looks like a well-known site but is not.</source>
        <translation>警告：它看似知名网站，实则不是。</translation>
    </message>
    <message>
        <source>Treat it as a phishing site: do not open it on a work device, log in, or connect a wallet.</source>
        <translation>应视为钓鱼网站：切勿在工作设备上打开、登录或连接钱包。</translation>
    </message>
    <message>
        <source>Preserve it: a screenshot showing the full address and the time, and an archived copy if policy allows.</source>
        <translation>保全证据：截图须显示完整网址和时间；如政策允许，另存一份网页存档副本。</translation>
    </message>
    <message>
        <source>Look up who registered and hosts the domain (WHOIS/RDAP) and ask the registrar and host to preserve records and take the site down.</source>
        <translation>查询该域名的注册人和托管方（WHOIS/RDAP），并要求域名注册商和托管服务商保全记录、关停网站。</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器) and report it so others are warned.</source>
        <translation>通过Scameter（防骗视伏器）核查并举报，以提醒他人。</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>电子邮件地址。</translation>
    </message>
    <message>
        <source>Warning: its domain imitates a well-known service.</source>
        <translation>警告：其域名仿冒知名服务。</translation>
    </message>
    <message>
        <source>Keep the original messages with their full headers (they show the sending servers).</source>
        <translation>保留原始邮件及完整邮件头（邮件头会显示发送服务器）。</translation>
    </message>
    <message>
        <source>Ask the mail provider to preserve the account and its sign-in records, then to disclose them with the legal authority needed.</source>
        <translation>要求邮件服务商保全该账户及其登录记录，然后在具备所需法律授权后要求其提供这些记录。</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器).</source>
        <translation>通过Scameter（防骗视伏器）核查。</translation>
    </message>
    <message>
        <source>A Hong Kong mobile number (8 digits, +852).</source>
        <translation>香港手机号码（8位数字，+852）。</translation>
    </message>
    <message>
        <source>A Hong Kong fixed-line number (8 digits, +852).</source>
        <translation>香港固定电话号码（8位数字，+852）。</translation>
    </message>
    <message>
        <source>An international phone number (%1).</source>
        <translation>国际电话号码（%1）。</translation>
    </message>
    <message>
        <source>Check it with Scameter (防騙視伏器) or the Anti-Scam Helpline 18222.</source>
        <translation>通过Scameter（防骗视伏器）或防骗易热线18222核查。</translation>
    </message>
    <message>
        <source>Ask the telecom operator, and any messaging app used with it (WhatsApp, Telegram, WeChat), to preserve subscriber and usage records.</source>
        <translation>要求电信运营商以及与该号码一同使用的任何即时通讯应用（WhatsApp、Telegram、微信）保全用户登记和使用记录。</translation>
    </message>
    <message>
        <source>Warn the victim that callers can fake a displayed number, and that real police never ask for money or crypto to &apos;recover&apos; funds.</source>
        <translation>提醒受害人：来电者可以伪造来电显示号码，而真正的警察绝不会要求对方付钱或转交加密货币来“追回”资金。</translation>
    </message>
    <message>
        <source>An ENS name (Ethereum Name Service): a readable name that points to an Ethereum address. Its owner can point it elsewhere at any time.</source>
        <translation>ENS名称（以太坊域名服务）：指向某个以太坊地址的易读名称。其所有者可随时将它改为指向其他地址。</translation>
    </message>
    <message>
        <source>When online, resolve it on an Etherscan-type explorer or in the ENS app, and record the address it points to and the time you checked.</source>
        <translation>联网时，请在Etherscan类区块链浏览器或ENS应用中解析该名称，并记录它指向的地址以及你查询的时间。</translation>
    </message>
    <message>
        <source>Then treat that address like any other EVM address (explorer, stablecoin freeze, exchange preservation request).</source>
        <translation>然后像处理其他EVM地址一样处理该地址（区块链浏览器查询、稳定币冻结、向交易平台发送数据保全请求）。</translation>
    </message>
    <message>
        <source>It is on a watchlist (%1): link this case to the earlier reports and contact the list&apos;s source for what is known.</source>
        <translation>它在监控名单（%1）上：请将本案与此前的报案关联起来，并联系名单来源了解已掌握的情况。</translation>
    </message>
    <message>
        <source>same address: they differ only in letter case, which does not change the destination</source>
        <translation>同一地址：两者只有字母大小写不同，不影响收款目标</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation>（不计开头的%1）</translation>
    </message>
    <message>
        <source>look-alike: the first %1 and last %2 characters%3 match but the addresses differ; this is how address poisoning tricks people who check only the ends</source>
        <translation>外观相似：前%1个和后%2个字符%3相同，但地址不同；地址投毒正是利用这一点欺骗只核对首尾的人</translation>
    </message>
    <message>
        <source>different addresses: only the first %1 and last %2 characters%3 match, which is not a look-alike pattern</source>
        <translation>不同地址：只有前%1个和后%2个字符%3相同，不属于外观相似的情形</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferenceIndex</name>
    <message>
        <source>The new reference index cannot take the place of the old one: %1</source>
        <translation>新的参考资料索引无法替换旧的索引：%1</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferencePage</name>
    <message>
        <source>Scam reference</source>
        <translation>诈骗参考资料</translation>
    </message>
    <message>
        <source>Search: e.g. telegram investment, 殺豬盤, seed phrase</source>
        <translation>搜索：例如 telegram investment、殺豬盤、seed phrase</translation>
    </message>
    <message>
        <source>Search the scam reference</source>
        <translation>搜索诈骗参考资料</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation>所有区块链</translation>
    </message>
    <message>
        <source>Any victim</source>
        <translation>所有受害人</translation>
    </message>
    <message>
        <source>Kind of scam</source>
        <translation>诈骗类别</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>联系渠道</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>区块链</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Matching scam patterns</source>
        <translation>符合条件的诈骗手法</translation>
    </message>
    <message>
        <source>Case checklist</source>
        <translation>案件核查清单</translation>
    </message>
    <message>
        <source>Tick the first-response steps for this case and export them as a note</source>
        <translation>勾选本案的初步处置步骤，并导出为笔记</translation>
    </message>
    <message>
        <source>Print card (PDF)…</source>
        <translation>打印卡片（PDF）…</translation>
    </message>
    <message>
        <source>A one-page card of this pattern to print or hand over (Ctrl+P)</source>
        <translation>该诈骗手法的单页卡片，可打印或转交（Ctrl+P）</translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation>诈骗手法</translation>
    </message>
    <message>
        <source>First response for this case</source>
        <translation>本案的初步处置</translation>
    </message>
    <message>
        <source>Case notes: reference number, what the victim was told, addresses, amounts, times (UTC)</source>
        <translation>案件笔记：案件编号、受害人被告知的内容、地址、金额、时间（UTC）</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案件笔记</translation>
    </message>
    <message>
        <source>Export note…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <source>Save the ticked steps and your notes as a text file (Ctrl+E)</source>
        <translation>将已勾选的步骤和你的笔记保存为文本文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>保存卡片</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>卡片已保存：%1</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>无法保存卡片：%1</translation>
    </message>
    <message>
        <source>Export the case note</source>
        <translation>导出案件笔记</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>笔记已保存：%1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>无法保存笔记：%1</translation>
    </message>
    <message>
        <source>The reference is not available on this workstation.</source>
        <translation>本工作站上没有诈骗参考资料。</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>共%n种诈骗手法</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer words, or clear the filters.</source>
        <translation>没有与“%1”匹配的结果。请减少关键词，或清除筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), allowing for a typo</source>
        <translation>
            <numerusform>%n个结果（已容许拼写错误）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>%n个结果，按相关度排序</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>又称：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系渠道</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>区块链</translation>
    </message>
    <message>
        <source>FATF red-flag groups</source>
        <translation>FATF风险信号类别</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>作案过程</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>What the victim sees</source>
        <translation>受害人看到的情况</translation>
    </message>
    <message>
        <source>What is on the blockchain</source>
        <translation>区块链上的记录</translation>
    </message>
    <message>
        <source>What an exchange sees</source>
        <translation>交易平台看到的情况</translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation>针对人群</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初步处置</translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation>需保全的证据</translation>
    </message>
    <message>
        <source>How the money is usually laundered</source>
        <translation>常见洗钱方式</translation>
    </message>
    <message>
        <source>Advice for the public</source>
        <translation>给公众的建议</translation>
    </message>
    <message>
        <source>Related patterns</source>
        <translation>相关诈骗手法</translation>
    </message>
    <message>
        <source>Taught in</source>
        <translation>见于模块</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>最后审核：%1</translation>
    </message>
    <message>
        <source>Case checklist: %1</source>
        <translation>案件核查清单：%1</translation>
    </message>
    <message>
        <source>Reference entry: %1 (last reviewed %2)</source>
        <translation>参考条目：%1（最后审核：%2）</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>撰写时间：%1（UTC %2）</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>警员：%1（%2）</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>初步处置：</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>已完成%1个步骤（共%2个）。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>Open a pattern first.</source>
        <translation>请先打开一种诈骗手法。</translation>
    </message>
    <message>
        <source>Red flags the victim sees</source>
        <translation>受害人可见的风险信号</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>资料来源：</translation>
    </message>
    <message>
        <source>Crypto Crime Academy reference, entry %1, last reviewed %2.</source>
        <translation>加密犯罪学院参考资料，条目%1，最后审核：%2。</translation>
    </message>
    <message>
        <source>Check an indicator…</source>
        <translation>核查线索…</translation>
    </message>
    <message>
        <source>Open the indicator checker: paste an address, web address or message the victim was sent (Ctrl+Shift+K)</source>
        <translation>打开线索核查：粘贴受害人收到的地址、网址或消息（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Check the addresses, web addresses or messages the victim was given; what the checker finds is added to this note</source>
        <translation>核查受害人收到的地址、网址或消息；核查结果将添加到本笔记中</translation>
    </message>
    <message>
        <source>Indicators checked (indicator checker):</source>
        <translation>已核查的线索（线索核查）：</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) from the indicator checker will be added to the note.</source>
        <translation>
            <numerusform>线索核查中的%n条线索将添加到笔记中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::reference::Watchlist</name>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中含有引号（请用引号括起整个字段，并将其中的引号写两次）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文字</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>the value contains spaces</source>
        <translation>值中含有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>“%1”不是域名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>“%1”不是网址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (8 to 15 digits)</source>
        <translation>“%1”不是电话号码（8至15位数字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ENS name (*.eth)</source>
        <translation>“%1”不是ENS名称（*.eth）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction hash (64 hexadecimal digits)</source>
        <translation>“%1”不是交易哈希（64位十六进制数字）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (use one of: %2)</source>
        <translation>未知类型“%1”（请使用以下之一：%2）</translation>
    </message>
    <message>
        <source>cannot open the watchlist database %1: %2</source>
        <translation>无法打开监控名单数据库%1：%2</translation>
    </message>
    <message>
        <source>cannot prepare the watchlist database %1: %2</source>
        <translation>无法准备监控名单数据库%1：%2</translation>
    </message>
    <message>
        <source>the watchlist tables in %1 were written by a newer version of the app (schema %2, this version knows %3); nothing was changed</source>
        <translation>%1中的监控名单数据表由更新版本的应用程序写入（架构版本%2，当前版本仅支持%3）；未作任何更改</translation>
    </message>
    <message>
        <source>cannot update the watchlist tables in %1: %2</source>
        <translation>无法更新%1中的监控名单数据表：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row: value,kind,source,category,date,note</source>
        <translation>文件为空；需要一行表头：value,kind,source,category,date,note</translation>
    </message>
    <message>
        <source>line %1: the header row must name the columns value,kind,source,category,date,note (missing: %2); nothing was imported</source>
        <translation>第%1行：表头必须列出value,kind,source,category,date,note这些列（缺少：%2）；未导入任何数据</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1; nothing was imported</source>
        <translation>无法开始事务：%1；未导入任何数据</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2</source>
        <translation>有%1个字段，而表头有%2个</translation>
    </message>
    <message>
        <source>the source is empty; say where the entry comes from</source>
        <translation>来源为空；请注明该条目的来源</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>日期“%1”不是YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>line %1: the database refused the row (%2); the whole import was rolled back and nothing was imported</source>
        <translation>第%1行：数据库拒绝了该行（%2）；整个导入已回滚，未导入任何数据</translation>
    </message>
    <message>
        <source>the import could not be committed (%1); nothing was imported</source>
        <translation>无法提交导入（%1）；未导入任何数据</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; could not be removed (%2); nothing was changed</source>
        <translation>无法移除监控名单“%1”（%2）；未作任何更改</translation>
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
        <translation>培训练习——其中的人物、号码和平台均为虚构。</translation>
    </message>
    <message>
        <source>Progress through the exercise</source>
        <translation>练习进度</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>上一行</translation>
    </message>
    <message>
        <source>Previous line (Up)</source>
        <translation>上一行（↑）</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>下一行</translation>
    </message>
    <message>
        <source>Next line (Down)</source>
        <translation>下一行（↓）</translation>
    </message>
    <message>
        <source>Transcript of the call</source>
        <translation>通话文字记录</translation>
    </message>
    <message>
        <source>Pressure tactic!</source>
        <translation>施压话术！</translation>
    </message>
    <message>
        <source>Mark the line being spoken as a pressure tactic (T)</source>
        <translation>将正在说的这一行标记为施压话术（T）</translation>
    </message>
    <message>
        <source>T&amp;actic:</source>
        <translation>话术(&amp;A)：</translation>
    </message>
    <message>
        <source>Tactic used in the marked line</source>
        <translation>所标记的这一行使用的话术</translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation>显示其余内容</translation>
    </message>
    <message>
        <source>Show everything up to the next decision (End)</source>
        <translation>显示到下一个决策点为止的全部内容（End）</translation>
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
        <translation>再练一次</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>聊天模拟</translation>
    </message>
    <message>
        <source>Read the chat as it unfolds and flag every message that is a red flag. At the end, check your flags: each red flag found earns a point, each ordinary message flagged costs one.</source>
        <translation>随着聊天的进行阅读消息，标记每一条属于风险信号的消息。结束时核对你的标记：每找到一个风险信号得1分，每误标一条普通消息扣1分。</translation>
    </message>
    <message>
        <source>Check my flags</source>
        <translation>核对我的标记</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>通话模拟</translation>
    </message>
    <message>
        <source>Listen to the call and mark each line in which the caller uses a pressure tactic, as it happens; name the tactic for a second point. Each line marked that uses none costs a point.</source>
        <translation>收听通话，在来电者使用施压话术时随即标记该行；指明所用的话术可再得1分。每标记一行未使用施压话术的内容扣1分。</translation>
    </message>
    <message>
        <source>Check my marks</source>
        <translation>核对我的标记</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>劝阻角色扮演</translation>
    </message>
    <message>
        <source>Talk with the person as you would on duty. What you say moves them towards one of several endings, and there is no going back.</source>
        <translation>像执勤时一样与对方交谈。你说的话会把对方引向几种结局之一，而且无法回头。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>未指明</translation>
    </message>
    <message>
        <source>Your place in this exercise could not be restored (%1), so it starts from the beginning.</source>
        <translation>无法恢复你在本练习中的进度（%1），因此将从头开始。</translation>
    </message>
    <message>
        <source>This scenario cannot be played because its file has errors. Ask the module&apos;s author to fix them (ccacademy-cli validate finds them too):</source>
        <translation>此情景的文件有错误，因此无法进行练习。请联系本模块的编写者修正（ccacademy-cli validate 也能找出这些错误）：</translation>
    </message>
    <message>
        <source>it was saved as a %1 exercise, not as a %2 exercise</source>
        <translation>保存的是%1练习，而不是%2练习</translation>
    </message>
    <message>
        <source>the flag on &apos;%1&apos; is not on a message that was shown</source>
        <translation>“%1”上的标记所在的消息并未显示过</translation>
    </message>
    <message>
        <source>the mark on line %1 of &apos;%2&apos; does not fit the scenario</source>
        <translation>“%2”第%1行上的标记与情景不符</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mark this message as a red flag (F)</source>
        <translation>将此消息标记为风险信号（F）</translation>
    </message>
    <message>
        <source>The picture “%1” is outside the scenario&apos;s package and is not shown.</source>
        <translation>图片“%1”位于情景包之外，不予显示。</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read.</source>
        <translation>无法读取图片“%1”。</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>无法读取图片“%1”：%2</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Listen in the call panel and mark the pressure tactics as they happen.</source>
        <translation>请在通话面板中收听，并在施压话术出现时随即标记。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the call, </source>
        <translation>
            <numerusform>通话共%n行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked.</source>
        <translation>
            <numerusform>已标记%n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>End of the conversation. Check your flags to see what you found.</source>
        <translation>对话结束。核对你的标记，看看你找到了哪些。</translation>
    </message>
    <message>
        <source>End of the exercise. Check your marks to see what you found.</source>
        <translation>练习结束。核对你的标记，看看你找到了哪些。</translation>
    </message>
    <message>
        <source>That choice cannot be taken: %1</source>
        <translation>无法选择该选项：%1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step %1 of about %2</source>
        <translation>第%1步（约共%2步）</translation>
    </message>
    <message>
        <source>Continue after the call</source>
        <translation>通话结束后继续</translation>
    </message>
    <message>
        <source>Continue (N)</source>
        <translation>继续（N）</translation>
    </message>
    <message>
        <source>Next (Space or N)</source>
        <translation>下一步（空格键或N）</translation>
    </message>
    <message>
        <source>Space: next message · F: flag the selected message · Up/Down: select · End: show the rest</source>
        <translation>空格键：下一条消息 · F：标记所选消息 · ↑/↓：选择消息 · End：显示其余内容</translation>
    </message>
    <message>
        <source>Space: play or pause · T: mark a pressure tactic, then 1–9 to name it · Up/Down: lines · N: continue</source>
        <translation>空格键：播放或暂停 · T：标记施压话术，再按1–9指明话术 · ↑/↓：切换行 · N：继续</translation>
    </message>
    <message>
        <source>Space or Down: next line · T: mark a pressure tactic, then 1–9 to name it · N: continue</source>
        <translation>空格键或↓：下一行 · T：标记施压话术，再按1–9指明话术 · N：继续</translation>
    </message>
    <message>
        <source>Space: next · 1–9: choose · End: show the rest</source>
        <translation>空格键：下一步 · 1–9：选择 · End：显示其余内容</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Marked as a red flag; click to unmark</source>
        <translation>已标记为风险信号；点击可取消标记</translation>
    </message>
    <message>
        <source>Mark as a red flag</source>
        <translation>标记为风险信号</translation>
    </message>
    <message>
        <source>The recording “%1” is outside the scenario&apos;s package, so it is not played.</source>
        <translation>录音“%1”位于情景包之外，因此不予播放。</translation>
    </message>
    <message>
        <source>The recording “%1” is missing.</source>
        <translation>录音“%1”缺失。</translation>
    </message>
    <message>
        <source>This computer has no sound output, so the call cannot be heard.</source>
        <translation>本计算机没有音频输出设备，因此无法收听通话。</translation>
    </message>
    <message>
        <source>Read the transcript instead: Space or “Next line” shows the next line.</source>
        <translation>请改为阅读文字记录：按空格键或“下一行”可显示下一行。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation>无法播放录音：%1。</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic (tactic not named)</source>
        <translation>已标记为施压话术（未指明话术）</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic: %1</source>
        <translation>已标记为施压话术：%1</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <source>Click a line to hear it again.</source>
        <translation>点击某一行可重听该行。</translation>
    </message>
    <message>
        <source>Red flag found: %1</source>
        <translation>已找到的风险信号：%1</translation>
    </message>
    <message>
        <source>Missed red flag: %1</source>
        <translation>遗漏的风险信号：%1</translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation>不是风险信号</translation>
    </message>
    <message>
        <source>Your flags: %1 of %2 points</source>
        <translation>你的标记：%1分（满分%2分）</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) found, </source>
        <translation>
            <numerusform>找到%n个风险信号，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed, </source>
        <translation>
            <numerusform>遗漏%n个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) flagged.</source>
        <translation>
            <numerusform>误标%n条普通消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <source>Flagged, but not red flags</source>
        <translation>已标记，但不是风险信号</translation>
    </message>
    <message>
        <source>Each ordinary message flagged costs a point: in a real chat, flagging everything hides the signs that matter.</source>
        <translation>每误标一条普通消息扣1分：在真实的聊天中，什么都标记反而会掩盖真正重要的迹象。</translation>
    </message>
    <message>
        <source>Your marks: %1 of %2 points</source>
        <translation>你的标记：%1分（满分%2分）</translation>
    </message>
    <message numerus="yes">
        <source>%n pressure tactic(s) found, </source>
        <translation>
            <numerusform>找到%n处施压话术，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named right, </source>
        <translation>
            <numerusform>其中%n处话术指明正确，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked that use none. </source>
        <translation>
            <numerusform>误标%n行未使用施压话术的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>A point for each tactic found, another for naming it right.</source>
        <translation>每找到一处施压话术得1分，正确指明话术再得1分。</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>%2第%1行</translation>
    </message>
    <message>
        <source>Found and named right</source>
        <translation>已找到，话术指明正确</translation>
    </message>
    <message>
        <source>Found, tactic not named</source>
        <translation>已找到，未指明话术</translation>
    </message>
    <message>
        <source>Found, but named “%1”</source>
        <translation>已找到，但指明为“%1”</translation>
    </message>
    <message>
        <source>Marked, but no pressure tactic</source>
        <translation>已标记，但不是施压话术</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>结局：良好</translation>
    </message>
    <message>
        <source>Partial outcome</source>
        <translation>结局：部分成功</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>结局：不理想</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <source>Score: %1 of a possible %2</source>
        <translation>得分：%1分（满分%2分）</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>The path you took</source>
        <translation>你的选择路径</translation>
    </message>
</context>
<context>
    <name>cca::shell::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>继续上次的进度</translation>
    </message>
    <message>
        <source>All lessons read · the quiz is next</source>
        <translation>已学完所有课 · 下一步是测验</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 · %3 completed</source>
        <translation>第%1课（共%2课） · 已完成%3课</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s), about %1</source>
        <translation>
            <numerusform>%n节课，约%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Every course is complete. Well done.</source>
        <translation>你已完成全部课程，干得好！</translation>
    </message>
    <message>
        <source>Browse the catalog to review a module or to find new ones.</source>
        <translation>浏览课程目录，复习模块或查找新模块。</translation>
    </message>
    <message>
        <source>Browse courses</source>
        <translation>浏览课程</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>尚未安装任何模块。</translation>
    </message>
    <message>
        <source>Ask your trainer or administrator to install training modules.</source>
        <translation>请联系你的培训师或系统管理员安装培训模块。</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>已完成%1节课（共%2节）</translation>
    </message>
    <message>
        <source>best quiz score %1%</source>
        <translation>测验最高分%1%</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>于%1完成</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due today</source>
        <translation>
            <numerusform>今天有%n道题需要复习</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due today</source>
        <translation>今天没有需要复习的题目</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始复习</translation>
    </message>
    <message>
        <source>Questions you miss come back here.</source>
        <translation>你答错的题目会在这里再次出现。</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>指派给你的模块</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>已逾期：截止日期为%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止日期：%1</translation>
    </message>
</context>
<context>
    <name>cca::shell::MainWindow</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
    <message>
        <source>Crypto Crime
Academy</source>
        <translation>加密犯罪
学院</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>切换警员</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch officer…</source>
        <translation>切换警员(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>主页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find a course</source>
        <translation>查找课程(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Crypto Crime Academy</source>
        <translation>关于加密犯罪学院(&amp;A)</translation>
    </message>
    <message>
        <source>About Crypto Crime Academy</source>
        <translation>关于加密犯罪学院</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crypto Crime Academy %1&lt;/h3&gt;&lt;p&gt;Training for police officers who handle crypto wallets, trace funds and recognise the scams behind them. Works offline.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;加密犯罪学院 %1&lt;/h3&gt;&lt;p&gt;面向处理加密货币钱包、追踪资金并识破背后骗局的警务人员的培训。可离线使用。&lt;/p&gt;&lt;p&gt;图标：Lucide（ISC许可证）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1. Check the disk and the database file in Settings.</source>
        <translation>无法保存你的进度：%1。请检查磁盘以及“设置”中的数据库文件。</translation>
    </message>
    <message>
        <source>Time is up. Your answers so far were submitted.</source>
        <translation>时间到，你目前为止的答案已提交。</translation>
    </message>
    <message>
        <source>The time for this attempt ran out while the app was closed. Your answers were submitted.</source>
        <translation>本次作答的时间已在应用程序关闭期间用完。你的答案已提交。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>复习（%1）</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>学员组</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>证书已保存：%1</translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation>无法保存证书：%1</translation>
    </message>
    <message>
        <source>There is no certificate for this module yet: complete it first.</source>
        <translation>本模块尚无证书：请先完成该模块。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Saved. It is asked for the next time you sign in.</source>
        <translation>已保存。下次登录时需要输入。</translation>
    </message>
    <message>
        <source>Scam reference</source>
        <translation>诈骗参考资料</translation>
    </message>
    <message>
        <source>Scam &amp;reference</source>
        <translation>诈骗参考资料(&amp;R)</translation>
    </message>
    <message>
        <source>The scam reference is missing from this installation.</source>
        <translation>本次安装缺少诈骗参考资料。</translation>
    </message>
    <message>
        <source>The scam reference cannot be opened: %1</source>
        <translation>无法打开诈骗参考资料：%1</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>线索核查</translation>
    </message>
    <message>
        <source>&amp;Indicator checker</source>
        <translation>线索核查(&amp;I)</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>钱包实验室</translation>
    </message>
    <message>
        <source>The exercise result could not be saved: %1</source>
        <translation>无法保存练习结果：%1</translation>
    </message>
    <message>
        <source>&amp;Wallet lab</source>
        <translation>钱包实验室(&amp;W)</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>资金追踪实验室</translation>
    </message>
    <message>
        <source>&amp;Tracing lab</source>
        <translation>资金追踪实验室(&amp;T)</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>无法保存你的选择：%1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>无法保存你的备注：%1</translation>
    </message>
    <message>
        <source>The tracing case &quot;%1&quot; is not installed on this computer; ask the administrator to reinstall the content.</source>
        <translation>本计算机上未安装资金追踪案例“%1”；请联系系统管理员重新安装内容。</translation>
    </message>
    <message>
        <source>Where you stopped in the exercise could not be saved: %1</source>
        <translation>无法保存你在练习中的进度：%1</translation>
    </message>
</context>
<context>
    <name>cca::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>cca::shell::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>标准</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Changes apply at once. Lessons appear in the chosen language where the module has it, otherwise in English.</source>
        <translation>更改立即生效。如果模块提供所选语言的版本，课程内容将以该语言显示，否则以英文显示。</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>进度数据库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A copy of the progress database is taken every day, week and month when the app starts (7 daily, 4 weekly and 12 monthly copies are kept).</source>
        <translation>应用程序启动时，会按天、按周和按月为进度数据库创建副本（保留7份每日副本、4份每周副本和12份每月副本）。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected backup at the next start</source>
        <translation>下次启动时还原所选备份</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3 KB</source>
        <translation>%1  ·  %2  ·  %3 KB</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>此备份已损坏，无法还原：%1</translation>
    </message>
    <message>
        <source>The backup will be restored when the app next starts. Close the app and start it again; the current database will be kept beside it.</source>
        <translation>备份将在应用程序下次启动时还原。请关闭应用程序并重新启动；当前数据库将保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新设置</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>两次输入不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>Your PIN (optional)</source>
        <translation>你的PIN（可选）</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新PIN</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再输入一次密码</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再输入一次PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>至少8个字符，须包含数字或符号</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty to remove</source>
        <translation>4至8位数字，留空即可移除</translation>
    </message>
    <message>
        <source>This profile has no password on this workstation yet. Set one to use the trainer tools.</source>
        <translation>此档案在本工作站尚未设置密码。请先设置密码，才能使用培训师工具。</translation>
    </message>
    <message>
        <source>Where progress is kept</source>
        <translation>进度存储位置</translation>
    </message>
    <message>
        <source>A station on its own keeps progress in a file on this workstation. A force with many stations can share one PostgreSQL server: give its address, test it, and the app uses it from the next start. The password is asked for at start and never saved.</source>
        <translation>单个站点会将进度保存在本工作站的文件中。拥有多个站点的警务机构可以共用一台PostgreSQL服务器：填写其地址并测试连接，应用程序将从下次启动起使用该服务器。密码在启动时询问，绝不会保存。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Server password, for the test only</source>
        <translation>服务器密码（仅用于测试）</translation>
    </message>
    <message>
        <source>Only to test the connection; not saved</source>
        <translation>仅用于测试连接；不会保存</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server from the next start</source>
        <translation>从下次启动起使用此服务器</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file</source>
        <translation>使用本工作站的文件</translation>
    </message>
    <message>
        <source>This workstation&apos;s file is used.</source>
        <translation>当前使用本工作站的文件。</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>从下次启动起：%1</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it would be saved in clear. It is asked for at start.</source>
        <translation>请勿在地址中包含密码：否则密码会以明文保存。密码将在启动时询问。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the database is ready (%n officer(s)).</source>
        <translation>
            <numerusform>已连接到%1：数据库已就绪（%n名警员）。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the next start, progress is kept on %1. Close the app and start it again; you will be asked for the server&apos;s password.</source>
        <translation>从下次启动起，进度将保存在%1上。请关闭应用程序并重新启动；届时会要求你输入服务器密码。</translation>
    </message>
    <message>
        <source>From the next start, progress is kept in this workstation&apos;s file.</source>
        <translation>从下次启动起，进度将保存在本工作站的文件中。</translation>
    </message>
</context>
<context>
    <name>cca::shell::SignInPage</name>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
    <message>
        <source>Short, practical lessons that prepare police officers to handle crypto wallets, trace funds and recognise the scams behind them.</source>
        <translation>简短实用的课程，帮助警务人员掌握处理加密货币钱包、追踪资金以及识破背后骗局的本领。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>谁要登录？</translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation>新建警员档案</translation>
    </message>
    <message>
        <source>e.g. Chan Tai Man</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>例如：12345</translation>
    </message>
    <message>
        <source>e.g. District Crime Squad</source>
        <translation>例如：刑侦大队</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>创建档案并登录</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s display name.</source>
        <translation>请输入警员的显示名称。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>请输入警号。</translation>
    </message>
    <message>
        <source>Welcome. Create the first profile to begin.</source>
        <translation>欢迎！请先创建第一个档案以开始使用。</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>以%1身份登录</translation>
    </message>
    <message>
        <source>The first profile on a new workstation is its administrator.</source>
        <translation>新工作站上创建的第一个档案将成为系统管理员。</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN（选填）</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>再次输入PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>至少8个字符，需包含数字或符号</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty</source>
        <translation>4至8位数字，或留空</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>两次输入的内容不一致，请重新输入。</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>%1的PIN</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1的密码</translation>
    </message>
</context>
<context>
    <name>cca::shell::StartupTasks</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法还原备份：%1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation>已还原备份%1。还原前的数据库已保留为%2。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>无法创建今天的备份：%1</translation>
    </message>
</context>
<context>
    <name>cca::tracing</name>
    <message>
        <source>Address type match</source>
        <translation>地址类型匹配</translation>
    </message>
    <message>
        <source>Round payment amount</source>
        <translation>整数付款金额</translation>
    </message>
    <message>
        <source>Optimal change</source>
        <translation>最优找零</translation>
    </message>
    <message>
        <source>Address reuse</source>
        <translation>地址重用</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>剥离链</translation>
    </message>
    <message>
        <source>Every input is %1 and only output %2 is %1 too: wallets usually create change in their own address type, while the payee&apos;s address type is chosen by the payee.</source>
        <translation>所有输入均为%1，且只有输出%2也是%1：钱包通常以自身的地址类型生成找零，而收款方的地址类型由收款方自行选择。</translation>
    </message>
    <message>
        <source>Every other output is a round amount (a whole multiple of 0.001 coin), as people choose when they pay; output %1 is not, so it is likely what came back as change.</source>
        <translation>其他输出均为整数金额（0.001币的整数倍），这是人们付款时通常会选择的金额；输出%1则不是，因此它很可能是退回的找零。</translation>
    </message>
    <message>
        <source>Output %1 is smaller than every input. Had it been the payment, one of the inputs would have been enough and the wallet would not have added the others, so it is likely change.</source>
        <translation>输出%1小于每一个输入。如果它是付款，只用其中一个输入就已足够，钱包不会再添加其他输入，因此它很可能是找零。</translation>
    </message>
    <message>
        <source>Output %1 goes back to %2, an address that also funded this transaction: the wallet reused its own address for change.</source>
        <translation>输出%1转回%2，而该地址也为这笔交易提供了资金：钱包重复使用了自己的地址来接收找零。</translation>
    </message>
    <message>
        <source>This transaction is one link of a peel chain: </source>
        <translation>这笔交易是剥离链中的一环：</translation>
    </message>
    <message>
        <source>This transaction starts a peel-chain shape: </source>
        <translation>这笔交易开启了剥离链形态：</translation>
    </message>
    <message>
        <source>one input pays a small amount (output %1) and passes the larger rest (output %2) to a fresh address, which then does the same again.</source>
        <translation>一个输入支付一小笔金额（输出%1），并将较大的余额（输出%2）转入一个新地址，该新地址随后再重复同样的操作。</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceCanvas</name>
    <message>
        <source>Tracing graph</source>
        <translation>资金追踪关系图</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>展开%1</translation>
    </message>
    <message>
        <source>bridge/swap: %1</source>
        <translation>跨链桥/兑换：%1</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑人</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易平台</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>混币器</translation>
    </message>
    <message>
        <source>OTC desk</source>
        <translation>场外交易商（OTC）</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>交易%1</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易%1</translation>
    </message>
    <message>
        <source>tainted %1</source>
        <translation>污点：%1</translation>
    </message>
    <message>
        <source>There is nothing on the canvas to export.</source>
        <translation>画布上没有可导出的内容。</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>无法将图像保存到%1：%2</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; arrow keys move between nodes; N writes a note; the context menu collapses a cluster.</source>
        <translation>点击节点或按Enter可追踪其资金去向；方向键可在节点之间移动；按N可写备注；通过右键菜单可折叠地址簇。</translation>
    </message>
    <message>
        <source>Expand the cluster of %1</source>
        <translation>展开%1所在的地址簇</translation>
    </message>
    <message>
        <source>Collapse the cluster of %1</source>
        <translation>折叠%1所在的地址簇</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>为%1写备注</translation>
    </message>
    <message>
        <source>Expand the cluster</source>
        <translation>展开地址簇</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n address(es)</source>
        <translation>
            <numerusform>地址簇：%n个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-input cluster: %1 addresses in the case, %2 on the graph (spent together, so probably one wallet)
%3</source>
        <translation>共同输入地址簇：案例中共%1个地址，关系图上有%2个（这些地址曾被一同花费，因此可能属于同一钱包）
%3</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ 备注</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>追踪资金去向</translation>
    </message>
    <message numerus="yes">
        <source>Collapse cluster (%n address(es) on the graph)</source>
        <translation>
            <numerusform>折叠地址簇（关系图上有%n个地址）</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>展开地址簇</translation>
    </message>
    <message>
        <source>Note and tags…</source>
        <translation>备注和标签…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Columns by hop</source>
        <translation>按跳数分列</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>剥离链</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>缩放至适合窗口</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceReportBuilder</name>
    <message>
        <source>Poison counts every amount the money touched in full: the figures are where the money could have gone, not how much of it went there, and they add up to more than was taken.</source>
        <translation>全额法（poison）将资金经过的每一笔金额都按全额计算：这些数字表示资金可能的去向，而非实际流向该处的金额，其合计会超过被骗取的金额。</translation>
    </message>
    <message>
        <source>Haircut spreads the victim&apos;s money in proportion over everything it was mixed with: the figures are shares, not identified coins, and they shrink at every mix.</source>
        <translation>按比例法（haircut）将受害人的资金按比例分摊到与之混合的所有资金上：这些数字是份额，而非已识别的具体币，且每经过一次混合都会缩小。</translation>
    </message>
    <message>
        <source>FIFO is a legal convention (Clayton&apos;s Case), not evidence of which coin is whose: the figures depend on the order of the inputs and outputs and of the payments into each address, and another order gives other figures.</source>
        <translation>先进先出法（FIFO）是一种法律惯例（克莱顿案规则，Clayton&apos;s Case），并非证明哪枚币属于谁的证据：这些数字取决于输入和输出的顺序以及各地址收款的顺序，顺序不同，结果也不同。</translation>
    </message>
    <message>
        <source>LIFO is the mirror convention of FIFO, with the same dependence on order; it usually gives other figures than FIFO, so say which was used.</source>
        <translation>后进先出法（LIFO）是与先进先出法（FIFO）相对应的惯例，同样依赖于顺序；其结果通常与先进先出法（FIFO）不同，因此须说明采用的是哪一种。</translation>
    </message>
    <message>
        <source>LIBR is a rule for account balances; UTXO transactions met on the way are split by haircut.</source>
        <translation>最低中间余额法（LIBR）是适用于账户余额的规则；途中遇到的UTXO交易按按比例法（haircut）拆分。</translation>
    </message>
    <message>
        <source>The trail rests on heuristics (common-input ownership, change detection) that can be wrong, and on attribution tags whose source and confidence are shown; neither is proof of ownership.</source>
        <translation>资金轨迹依赖于可能出错的启发式规则（共同输入所有权推断、找零识别），以及已注明来源和可信度的归属标签；两者均不能证明所有权。</translation>
    </message>
    <message>
        <source>Confirm the figures with the service&apos;s own records before any seizure, and disclose the method and its alternatives to the prosecutor.</source>
        <translation>在任何扣押之前，须以该服务自身的记录核实这些数字，并向检察官披露所用方法及其他可选方法。</translation>
    </message>
    <message>
        <source>Trace report</source>
        <translation>资金追踪报告</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于%1</translation>
    </message>
    <message>
        <source>Training exercise — synthetic data. Not for operational use.</source>
        <translation>培训练习——模拟数据。不得用于实际办案。</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>资金轨迹始于受害人的付款：%1</translation>
    </message>
    <message>
        <source>%1 (%2; %3, confidence %4)</source>
        <translation>%1（%2；%3，可信度%4）</translation>
    </message>
    <message>
        <source>Rank and service</source>
        <translation>排名及服务</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>跳数</translation>
    </message>
    <message>
        <source>Transaction (output) and time (UTC)</source>
        <translation>交易（输出）及时间（UTC）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Tainted (%1) of the amount moved</source>
        <translation>所转移金额中的污点部分（%1）</translation>
    </message>
    <message>
        <source>Tags on the receiver</source>
        <translation>接收方的标签</translation>
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
（转移总额%2）</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no labelled service in this case.</source>
        <translation>按%1计算，本案中污点资金未到达任何已标注的服务。</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</source>
        <translation>
            <numerusform>按%1计算，共有%n条通往已标注服务的路径，按污点金额从高到低排列。每一跳均为给接收方带来其大部分污点的输出或转账。</numerusform>
        </translation>
    </message>
    <message>
        <source>No preservation or freeze request</source>
        <translation>不发送数据保全或冻结请求</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no exchange, stablecoin issuer or other service that can preserve records or freeze funds. Follow the trail further, or try another method, before drafting a request.</source>
        <translation>按%1计算，污点资金未到达任何可保全记录或冻结资金的交易平台、稳定币发行方或其他服务。请继续追踪资金，或尝试其他方法，然后再起草请求。</translation>
    </message>
    <message>
        <source>  • %1, %2: %3 from %4 to %5 (%6 tainted)</source>
        <translation>  • %1，%2：%3，从%4转至%5（污点%6）</translation>
    </message>
    <message>
        <source>[Letterhead of the investigating unit]</source>
        <translation>[侦查单位信笺抬头]</translation>
    </message>
    <message>
        <source>[Date]</source>
        <translation>[日期]</translation>
    </message>
    <message>
        <source>To: %1, law enforcement response / compliance team</source>
        <translation>致：%1执法协查/合规团队</translation>
    </message>
    <message>
        <source>Our reference: [case reference]</source>
        <translation>我方编号：[案件编号]</translation>
    </message>
    <message>
        <source>Draft request to freeze a token balance</source>
        <translation>代币余额冻结请求（草稿）</translation>
    </message>
    <message>
        <source>Request to freeze the token balance held at address %1 (%2)</source>
        <translation>关于冻结%1（%2）地址所持代币余额的请求</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to address %1 on %2, which holds tokens issued by you. Under the %3 method, %4 of the victim&apos;s funds reached it.</source>
        <translation>[单位]正依据[法律依据]对[罪名]进行侦查。经追踪，受害人支付的资金流入了%2上的地址%1，该地址持有贵方发行的代币。按%3计算，受害人资金中有%4到达该地址。</translation>
    </message>
    <message>
        <source>We ask you, pending a formal order under [legal basis]:</source>
        <translation>在依据[法律依据]出具正式法律文书之前，特请贵方：</translation>
    </message>
    <message>
        <source>  1. to freeze (blacklist) the token balance at address %1, at least %2;</source>
        <translation>  1. 冻结（列入黑名单）地址%1上的代币余额，金额不低于%2；</translation>
    </message>
    <message>
        <source>  2. to preserve every record you hold about this address and its transfers;</source>
        <translation>  2. 保全贵方所持有的与该地址及其转账有关的全部记录；</translation>
    </message>
    <message>
        <source>  3. to tell us the balance frozen and the time of the freeze.</source>
        <translation>  3. 告知我方被冻结的余额及冻结时间。</translation>
    </message>
    <message>
        <source>Draft preservation and freeze request</source>
        <translation>数据保全及冻结请求（草稿）</translation>
    </message>
    <message>
        <source>Request to preserve records and freeze the funds of the account credited through deposit address %1 (%2)</source>
        <translation>关于保全经充值地址%1（%2）入账的账户记录并冻结其资金的请求</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to deposit address %1 on %2, attributed to %3. Under the %4 method, %5 of the victim&apos;s funds reached it.</source>
        <translation>[单位]正依据[法律依据]对[罪名]进行侦查。经追踪，受害人支付的资金流入了%2上的充值地址%1，该地址归属于%3。按%4计算，受害人资金中有%5到达该地址。</translation>
    </message>
    <message>
        <source>  1. to preserve all records of the account credited through this deposit address: identity (KYC) documents, log-in addresses and devices, deposits, withdrawals and internal transfers, from [start date] to today;</source>
        <translation>  1. 保全经该充值地址入账的账户自[起始日期]至今的全部记录：身份（KYC）资料、登录IP地址及设备、充值、提现及内部转账记录；</translation>
    </message>
    <message>
        <source>  2. to freeze the funds in that account, at least %1, and to stop withdrawals from it;</source>
        <translation>  2. 冻结该账户内的资金，金额不低于%1，并停止该账户的提现；</translation>
    </message>
    <message>
        <source>  3. not to inform the account holder, as far as the law allows, and to tell us what was frozen.</source>
        <translation>  3. 在法律允许的范围内，不告知账户持有人，并告知我方被冻结的内容。</translation>
    </message>
    <message>
        <source>The transactions, in order (times in UTC):</source>
        <translation>相关交易（按时间顺序，时间为UTC）：</translation>
    </message>
    <message>
        <source>Method: the amounts were computed with %1. %2 The figures depend on the method; the trail and our working are available on request.</source>
        <translation>计算方法：上述金额采用%1计算。%2 数字结果取决于所用方法；资金轨迹及我方的计算过程可应要求提供。</translation>
    </message>
    <message>
        <source>A formal [production order / freezing order] will follow. Please confirm receipt to the officer below.</source>
        <translation>正式的[调取证据通知书/冻结通知书]将随后送达。请向下列警员确认收悉。</translation>
    </message>
    <message>
        <source>[Officer name, rank and badge number]</source>
        <translation>[警员姓名、职级及警号]</translation>
    </message>
    <message>
        <source>[Unit, telephone, e-mail]</source>
        <translation>[单位、电话、电子邮箱]</translation>
    </message>
    <message>
        <source>[Signature]</source>
        <translation>[签名]</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>The graph as shown on the canvas</source>
        <translation>画布上显示的关系图</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>计算方法：%1</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Paths to labelled services</source>
        <translation>通往已标注服务的路径</translation>
    </message>
    <message>
        <source>Draft for the officer to complete: replace everything in [brackets].</source>
        <translation>供警员填写的草稿：请替换所有[方括号]内的内容。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>无法生成PDF。</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TracingPage</name>
    <message>
        <source>Tracing lab</source>
        <translation>资金追踪实验室</translation>
    </message>
    <message>
        <source>Training only: synthetic cases on test networks</source>
        <translation>仅供培训：基于测试网的模拟案例</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案例(&amp;C)：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Follow the money from the selected node</source>
        <translation>从所选节点追踪资金去向</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>缩放至适合窗口</translation>
    </message>
    <message>
        <source>Export the graph as PNG…</source>
        <translation>将关系图导出为PNG…</translation>
    </message>
    <message>
        <source>&amp;Taint:</source>
        <translation>污点(&amp;T)：</translation>
    </message>
    <message>
        <source>Taint method</source>
        <translation>污点计算方法</translation>
    </message>
    <message>
        <source>Find address or transaction id (Ctrl+F)</source>
        <translation>查找地址或交易ID（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find address or transaction id</source>
        <translation>查找地址或交易ID</translation>
    </message>
    <message>
        <source>Tainted amount (bar: share still held)</source>
        <translation>污点金额（条形：仍持有的比例）</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>所选节点</translation>
    </message>
    <message>
        <source>Selected node details</source>
        <translation>所选节点详情</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>任务目标</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>核对答案</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1（无法打开）</translation>
    </message>
    <message>
        <source>No tracing cases were found. The cases come with the app in its content folder (content/cases); ask the administrator to reinstall it.</source>
        <translation>未找到资金追踪案例。案例随应用程序一起安装在其内容文件夹（content/cases）中；请联系系统管理员重新安装应用程序。</translation>
    </message>
    <message>
        <source>This case file has problems and cannot be opened. Tell the trainer who wrote it:
%1</source>
        <translation>此案例文件有问题，无法打开。请告知编写该文件的培训师：
%1</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>资金轨迹始于受害人的付款：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Poison</source>
        <translation>全额法（poison）</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>按比例法（haircut）</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>先进先出法（FIFO）</translation>
    </message>
    <message>
        <source>LIFO</source>
        <translation>后进先出法（LIFO）</translation>
    </message>
    <message>
        <source>LIBR</source>
        <translation>最低中间余额法（LIBR）</translation>
    </message>
    <message>
        <source>This method cannot be used here: %1</source>
        <translation>此处无法使用该方法：%1</translation>
    </message>
    <message>
        <source>Poison: everything the money touched counts in full. It shows where it could have gone and overstates amounts.</source>
        <translation>全额法（poison）：资金经过的一切均按全额计为污点。它能显示资金可能的去向，但会高估金额。</translation>
    </message>
    <message>
        <source>Haircut: each output carries the tainted fraction of what went in.</source>
        <translation>按比例法（haircut）：每个输出按输入中的污点比例分摊污点。</translation>
    </message>
    <message>
        <source>FIFO: money leaves in the order it arrived (Clayton&apos;s Case). Depends on the order of inputs and outputs.</source>
        <translation>先进先出法（FIFO）：资金按转入的先后顺序转出（克莱顿案规则，Clayton&apos;s Case）。结果取决于输入和输出的顺序。</translation>
    </message>
    <message>
        <source>LIFO: the newest money leaves first.</source>
        <translation>后进先出法（LIFO）：最新转入的资金最先转出。</translation>
    </message>
    <message>
        <source>LIBR: clean money leaves first; an address keeps at most its lowest balance since the taint arrived.</source>
        <translation>最低中间余额法（LIBR）：干净资金先转出；地址保留的污点资金最多不超过污点转入以来该地址的最低余额。</translation>
    </message>
    <message>
        <source>Say in any report which method gave the amounts.</source>
        <translation>在任何报告中都应说明金额是用哪种方法得出的。</translation>
    </message>
    <message>
        <source>Choose a taint method above the graph to see tainted amounts.</source>
        <translation>在关系图上方选择一种污点计算方法，即可查看污点金额。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>区块链：%1</translation>
    </message>
    <message>
        <source>No tag: nobody has attributed this address yet.</source>
        <translation>无标签：尚无人对此地址进行归属认定。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>类别：%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Confidence: %1 of 100</source>
        <translation>可信度：%1（满分100）</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>行为主体：%1</translation>
    </message>
    <message>
        <source>Balance at the end of the case: %1</source>
        <translation>案例结束时的余额：%1</translation>
    </message>
    <message>
        <source>Taint (%1)</source>
        <translation>污点（%1）</translation>
    </message>
    <message>
        <source>Received tainted: %1 %2 (%3)</source>
        <translation>收到的污点资金：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (%3 of what it holds)</source>
        <translation>持有的污点资金：%1 %2（占其持有资金的%3）</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (it holds nothing now: the money moved on)</source>
        <translation>持有的污点资金：%1 %2（该地址现已无余额：资金已转走）</translation>
    </message>
    <message>
        <source>No taint reached this address under %1.</source>
        <translation>按%1计算，没有污点资金到达此地址。</translation>
    </message>
    <message>
        <source>Looks like change</source>
        <translation>疑似找零</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Time: %1 UTC</source>
        <translation>时间：%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n个输入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>CoinJoin shape: many equal outputs. Common-input ownership and the change heuristics do not apply; which output is whose cannot be told.</source>
        <translation>CoinJoin形态：多个等额输出。共同输入所有权推断和找零启发式规则均不适用；无法判断哪个输出属于谁。</translation>
    </message>
    <message>
        <source>Change heuristics</source>
        <translation>找零启发式规则</translation>
    </message>
    <message>
        <source>Likely change: output %1 to %2</source>
        <translation>可能的找零：输出%1，转至%2</translation>
    </message>
    <message>
        <source>Tainted value moved (%1): %2 %3</source>
        <translation>转移的污点金额（%1）：%2 %3</translation>
    </message>
    <message>
        <source>Select a node on the graph to see its tags, balance and taint.</source>
        <translation>在关系图上选择一个节点，即可查看其标签、余额和污点。</translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation>粘贴地址</translation>
    </message>
    <message>
        <source>Amount in %1 (whole number)</source>
        <translation>以%1计的金额（整数）</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation>不正确</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1分（满分%2分）</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>得分：%1分（满分%2分）</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>案例讲评</translation>
    </message>
    <message>
        <source>Type at least four characters of an address or transaction id.</source>
        <translation>请输入地址或交易ID中的至少四个字符。</translation>
    </message>
    <message>
        <source>“%1” is not on the graph yet. Follow the money further, then search again.</source>
        <translation>“%1”尚未出现在关系图上。请继续追踪资金，然后再次搜索。</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved the graph to %1.</source>
        <translation>已将关系图保存到%1。</translation>
    </message>
    <message>
        <source>Export trace report…</source>
        <translation>导出资金追踪报告…</translation>
    </message>
    <message>
        <source>Choose a taint method first: the report gives its amounts.</source>
        <translation>请先选择一种污点计算方法：报告中的金额由该方法得出。</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开一个案例。</translation>
    </message>
    <message>
        <source>Export trace report</source>
        <translation>导出资金追踪报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the trace report to %1.</source>
        <translation>已将资金追踪报告保存到%1。</translation>
    </message>
    <message>
        <source>The trace report could not be saved: %1</source>
        <translation>无法保存资金追踪报告：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Collapse the selected address&apos;s cluster into one node</source>
        <translation>将所选地址所在的地址簇折叠为一个节点</translation>
    </message>
    <message>
        <source>Expand the selected cluster into its addresses</source>
        <translation>将所选地址簇展开为其中的各个地址</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>&amp;Automatic (a peel chain as a line)</source>
        <translation>自动（剥离链排成一条直线）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Columns by hop</source>
        <translation>按跳数分列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Peel chain</source>
        <translation>剥离链(&amp;P)</translation>
    </message>
    <message>
        <source>Time &amp;from:</source>
        <translation>时间从(&amp;F)：</translation>
    </message>
    <message>
        <source>Show what moved from (UTC)</source>
        <translation>显示自此时间（UTC）起的资金流动</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>Show what moved until (UTC)</source>
        <translation>显示截至此时间（UTC）的资金流动</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Show everything again (the whole case)</source>
        <translation>重新显示全部内容（整个案例）</translation>
    </message>
    <message>
        <source>Your tags above a node (✎: a note)</source>
        <translation>节点上方为你的标签（✎：备注）</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; Ctrl+Z takes the step back. Amounts on the lines are what moved; the wider the line, the more. Right-click a node for its cluster and notes.</source>
        <translation>点击节点或按Enter可追踪其资金去向；按Ctrl+Z可撤回这一步。连线上的金额为转移的金额；连线越宽，金额越大。右键单击节点可操作其地址簇和备注。</translation>
    </message>
    <message>
        <source>Your note and tags</source>
        <translation>你的备注和标签</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Your note on the selected node</source>
        <translation>你对所选节点的备注</translation>
    </message>
    <message>
        <source>What you found out about this address or transaction</source>
        <translation>你对此地址或交易的调查发现</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Your tags on the selected node, separated by commas</source>
        <translation>你为所选节点添加的标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. suspect, cash-out</source>
        <translation>用逗号分隔，例如：嫌疑人，套现</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Save note (Ctrl+Enter); Ctrl+Z on the graph takes it back</source>
        <translation>保存备注（Ctrl+Enter）；在关系图上按Ctrl+Z可撤回</translation>
    </message>
    <message>
        <source>Saved with your progress: they come back when you open the case again.</source>
        <translation>备注和标签随你的学习进度一起保存：再次打开此案例时会重新显示。</translation>
    </message>
    <message>
        <source>peel chain</source>
        <translation>剥离链</translation>
    </message>
    <message>
        <source>columns by hop</source>
        <translation>按跳数分列</translation>
    </message>
    <message>
        <source>Layout of the graph (now: %1); zooms to fit after laying out</source>
        <translation>关系图布局（当前：%1）；重新布局后会缩放至适合窗口</translation>
    </message>
    <message>
        <source>Your notes on this case could not be read (%1), so they are not shown.</source>
        <translation>无法读取你在此案例中的备注（%1），因此不予显示。</translation>
    </message>
    <message>
        <source>Cluster: one of %1 addresses spent together in this case (common-input ownership), %2 of them on the graph. Ctrl+G collapses them into one node.</source>
        <translation>地址簇：此地址是本案例中曾被一同花费的%1个地址之一（共同输入所有权推断），其中%2个在关系图上。按Ctrl+G可将它们折叠为一个节点。</translation>
    </message>
    <message>
        <source>Received tainted between %1 and %2 UTC: %3 %4</source>
        <translation>%1至%2（UTC）期间收到的污点资金：%3 %4</translation>
    </message>
    <message>
        <source>Cluster (common-input ownership)</source>
        <translation>地址簇（共同输入所有权推断）</translation>
    </message>
    <message>
        <source>%1 addresses in the case, %2 of them on the graph, shown as one node.</source>
        <translation>案例中共%1个地址，其中%2个在关系图上，显示为一个节点。</translation>
    </message>
    <message>
        <source>Addresses spent together as inputs of one transaction are taken to be one wallet&apos;s (Meiklejohn et al., 2013). CoinJoin-shaped transactions are left out: there the inputs belong to different people. A heuristic, not proof.</source>
        <translation>在同一笔交易中作为输入被一同花费的地址，被视为属于同一钱包（Meiklejohn等，2013）。CoinJoin形态的交易不计算在内：这类交易的输入属于不同的人。这只是启发式推断，并非证据。</translation>
    </message>
    <message>
        <source>Joined by the transactions: %1</source>
        <translation>将这些地址关联起来的交易：%1</translation>
    </message>
    <message>
        <source>Tainted value received (%1): %2 %3</source>
        <translation>收到的污点金额（%1）：%2 %3</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G shows its addresses again; Enter follows the money of all of them.</source>
        <translation>按Ctrl+Shift+G可重新显示其中的各个地址；按Enter可追踪所有这些地址的资金去向。</translation>
    </message>
    <message>
        <source>Expand the cluster to write a note on one of its addresses</source>
        <translation>展开地址簇后才能为其中某个地址写备注</translation>
    </message>
    <message>
        <source>Select an address or transaction to write a note</source>
        <translation>选择一个地址或交易后即可写备注</translation>
    </message>
    <message>
        <source>Showing only what moved in this time; the taint badges count only taint that arrived in it.</source>
        <translation>仅显示此时间段内的资金流动；节点上的污点金额只计算在此时间段内到达的污点。</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CertificateVerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Type the verification code printed on the certificate, or scan its QR code into the field. The answer comes from this database&apos;s records.</source>
        <translation>请输入证书上印有的核验码，或将证书上的二维码扫描到此输入框。核验结果以本数据库的记录为准。</translation>
    </message>
    <message>
        <source>e.g. CCA-7K3M-Q9PX-2D4W</source>
        <translation>例如：CCA-7K3M-Q9PX-2D4W</translation>
    </message>
    <message>
        <source>Verification code or QR text</source>
        <translation>核验码或二维码文本</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation>真实有效。</translation>
    </message>
    <message>
        <source>Altered: the certificate does not match the record. Treat it as not valid.</source>
        <translation>已被篡改：证书与记录不符，应视为无效。</translation>
    </message>
    <message>
        <source>Unknown: no certificate with this code was issued from this database.</source>
        <translation>未知：本数据库从未签发使用此核验码的证书。</translation>
    </message>
    <message>
        <source>Record: %1 (%2), module %3 version %4, score %5%, issued %6</source>
        <translation>记录：%1（%2），模块%3，版本%4，成绩%5%，于%6签发</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CohortsPage</name>
    <message>
        <source>Cohorts and assignments</source>
        <translation>学员组与指派</translation>
    </message>
    <message>
        <source>Only trainers and administrators can manage cohorts.</source>
        <translation>只有培训师和系统管理员可以管理学员组。</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>学员组</translation>
    </message>
    <message>
        <source>New cohort, e.g. Intake 2026-11</source>
        <translation>新学员组，例如：2026-11期</translation>
    </message>
    <message>
        <source>Name of a new cohort</source>
        <translation>新学员组的名称</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>创建学员组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members: tick the officers in this cohort</source>
        <translation>成员：请勾选此学员组中的警员</translation>
    </message>
    <message>
        <source>Save members</source>
        <translation>保存成员</translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation>已指派的模块</translation>
    </message>
    <message>
        <source>Module to assign</source>
        <translation>要指派的模块</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Create a cohort, tick its members, then assign modules with a due date.</source>
        <translation>请先创建学员组并勾选成员，然后指派模块并设定截止日期。</translation>
    </message>
    <message>
        <source>%1  ·  due %2  ·  %3 of %4 completed</source>
        <translation>%1  ·  截止日期%2  ·  已完成%3人（共%4人）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n人逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort %1 created. Tick its members and save.</source>
        <translation>已创建学员组“%1”。请勾选成员并保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) saved.</source>
        <translation>
            <numerusform>已保存%n名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned. Members see it on their Home page.</source>
        <translation>已指派。成员会在各自的主页上看到该模块。</translation>
    </message>
</context>
<context>
    <name>cca::trainer::QuestionImportPage</name>
    <message>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <source>Only trainers and administrators can import questions.</source>
        <translation>只有培训师和系统管理员可以导入题目。</translation>
    </message>
    <message>
        <source>Bring a question bank written for Moodle or another tool: GIFT, Moodle XML or Aiken. Every question that can be taken over is converted to this app&apos;s format; anything that cannot is listed with its line, never dropped silently.</source>
        <translation>导入为Moodle或其他工具编写的题库：GIFT、Moodle XML或Aiken格式。所有可沿用的题目都会转换为本应用程序的格式；无法转换的内容会连同所在行号一并列出，绝不会被悄悄丢弃。</translation>
    </message>
    <message>
        <source>Question bank file</source>
        <translation>题库文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
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
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported questions</source>
        <translation>已导入的题目</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>问题（按行号列出）</translation>
    </message>
    <message>
        <source>Save as question file…</source>
        <translation>另存为题目文件…</translation>
    </message>
    <message>
        <source>Choose a question bank</source>
        <translation>选择题库</translation>
    </message>
    <message>
        <source>Question banks (*.txt *.gift *.xml);;All files (*)</source>
        <translation>题库 (*.txt *.gift *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder for questions.json (e.g. the module&apos;s assessments folder)</source>
        <translation>存放questions.json的文件夹（例如模块的assessments文件夹）</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>已导入%n道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n道题无法导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved %1. Refer to it from an assessment&apos;s &quot;questions&quot; field in module.json, then run ccacademy-cli validate.</source>
        <translation>已保存%1。请在module.json中某个测验的“questions”字段引用该文件，然后运行ccacademy-cli validate。</translation>
    </message>
</context>
<context>
    <name>cca::trainer::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Only trainers and administrators can see reports.</source>
        <translation>只有培训师和系统管理员可以查看报告。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation>学员组概览</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <source>Officer transcript</source>
        <translation>警员学习记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存%1</translation>
    </message>
    <message>
        <source>No cohort yet. Create one under Cohorts.</source>
        <translation>还没有学员组。请在“学员组”中创建。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Passed the exam</source>
        <translation>考试通过</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>及格率</translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation>平均最高分</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Completion and pass rate per module (%)</source>
        <translation>各模块完成率及及格率 (%)</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>太难</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>太容易</translation>
    </message>
    <message>
        <source>strong officers get it wrong: check the key</source>
        <translation>成绩好的学员反而答错：请检查答案</translation>
    </message>
    <message>
        <source>does not separate strong and weak</source>
        <translation>无法区分成绩好与差的学员</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>作答人次</translation>
    </message>
    <message>
        <source>Difficulty (p)</source>
        <translation>难度 (p)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>所选选项</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>问题标记</translation>
    </message>
    <message numerus="yes">
        <source>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n question(s) flagged.</source>
        <translation>
            <numerusform>难度为答对的比例；区分度为与其余得分的点二列相关。共有%n道题被标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>于%1完成</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>已完成%1节课（共%2节）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Every module, attempt, score, date and content version of this officer.</source>
        <translation>该警员的所有模块、作答次序、成绩、日期及内容版本。</translation>
    </message>
    <message>
        <source>Click a column heading to sort</source>
        <translation>点击列标题即可排序</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Save this report as CSV (Ctrl+E) or PDF (Ctrl+P)</source>
        <translation>将此报告保存为CSV（Ctrl+E）或PDF（Ctrl+P）</translation>
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
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Stop the export (Esc); nothing is saved</source>
        <translation>停止导出（Esc）；不会保存任何内容</translation>
    </message>
    <message>
        <source>Bar chart; the same numbers are in the table beside it.</source>
        <translation>柱状图；旁边的表格列有相同的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). The numbers of each chart are in the table beside or below it.</source>
        <translation>
            <numerusform>%n名成员。各图表的数据均列在其旁边或下方的表格中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion and pass rate</source>
        <translation>完成率和及格率</translation>
    </message>
    <message>
        <source>% of officers</source>
        <translation>警员占比 (%)</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>已参加考试</translation>
    </message>
    <message numerus="yes">
        <source>Completion: the share of the cohort&apos;s %n member(s) who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</source>
        <translation>
            <numerusform>完成率：学员组%n名成员中已完成该模块的比例。及格率：已提交考试的成员中考试通过的比例；成绩取每名成员的最佳考试成绩（没有考试的模块按掌握模式的结果评分；练习不计入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>成绩分布</translation>
    </message>
    <message>
        <source>Best exam score per officer</source>
        <translation>每名警员的最佳考试成绩</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>成绩 (%)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <source>Each officer who submitted the exam counts once per module, in the range of their best score.</source>
        <translation>每名已提交考试的警员在每个模块中只计一次，计入其最佳成绩所在的区间。</translation>
    </message>
    <message>
        <source>Nobody in this cohort has submitted an exam yet.</source>
        <translation>该学员组尚无人提交考试。</translation>
    </message>
    <message>
        <source>Time spent in assessments</source>
        <translation>测验用时</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Median per officer</source>
        <translation>每名警员的中位数</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>不到1分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <source>From the start of each submitted attempt (exam, practice or mastery check) to its submission, at most the attempt&apos;s time limit. How long officers read lessons is not recorded, so it is not included.</source>
        <translation>从每次已提交作答（考试、练习或掌握模式）开始时起，到提交时止，最长不超过该次作答的时限。警员阅读课文的时间不作记录，因此不计入。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation>没有人逾期。</translation>
    </message>
    <message>
        <source>No assessment to analyse.</source>
        <translation>没有可分析的测验。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>No submitted attempts yet.</source>
        <translation>尚无已提交的作答。</translation>
    </message>
    <message>
        <source>No officer chosen.</source>
        <translation>未选择警员。</translation>
    </message>
    <message>
        <source>Modules and attempts</source>
        <translation>模块与作答</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>This officer has not started a module yet.</source>
        <translation>该警员尚未开始任何模块。</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报告导出为PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>将报告导出为CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Only trainers and administrators can export reports.</source>
        <translation>只有培训师和系统管理员可以导出报告。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <source>Writing PDF %1: row %2 of %3</source>
        <translation>正在写入PDF %1：第%2行（共%3行）</translation>
    </message>
    <message>
        <source>Writing CSV %1: row %2 of %3</source>
        <translation>正在写入CSV %1：第%2行（共%3行）</translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation>已取消导出。%1保持不变。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>已取消导出。未写入任何文件。</translation>
    </message>
    <message>
        <source>The report could not be saved: %1. Choose another folder or file name and try again.</source>
        <translation>无法保存报告：%1。请选择其他文件夹或文件名后重试。</translation>
    </message>
    <message>
        <source>Scenario paths</source>
        <translation>情境路径</translation>
    </message>
    <message>
        <source>Cohort, assessment, officer or scenario</source>
        <translation>组别、测评、人员或情境</translation>
    </message>
    <message>
        <source>No scenario to report on.</source>
        <translation>没有可报告的情境。</translation>
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
        <translation>各次练习的结局</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结局</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分数</translation>
    </message>
    <message>
        <source>Nobody has finished this scenario yet.</source>
        <translation>暂时还没有人完成这个情境。</translation>
    </message>
    <message>
        <source>Choices at each decision</source>
        <translation>每个决定的选择</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>选择次数</translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation>暂时还没有记录任何选择。</translation>
    </message>
    <message>
        <source>Plays finished: %1. Officers who finished it: %2. Choices recorded: %3. An officer who plays again counts again.</source>
        <translation>完成次数：%1。完成的人员：%2。已记录的选择：%3。人员每重做一次都会再计算一次。</translation>
    </message>
</context>
<context>
    <name>cca::ui</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分钟</numerusform>
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
        <translation>波场（TRON）</translation>
    </message>
    <message>
        <source>Litecoin (legacy, L…)</source>
        <translation>莱特币（旧式，L…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin legacy (P2PKH, 1…)</source>
        <translation>%1 比特币旧式（P2PKH，1…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin nested SegWit (P2SH-P2WPKH, 3…)</source>
        <translation>%1 比特币嵌套SegWit（P2SH-P2WPKH，3…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin native SegWit (P2WPKH, bc1q…)</source>
        <translation>%1 比特币原生SegWit（P2WPKH，bc1q…）</translation>
    </message>
    <message>
        <source>%1 Bitcoin Taproot (P2TR, bc1p…)</source>
        <translation>%1 比特币Taproot（P2TR，bc1p…）</translation>
    </message>
    <message>
        <source>TRON address (T…)</source>
        <translation>波场地址（T…）</translation>
    </message>
    <message>
        <source>Bitcoin native SegWit (bc1q…)</source>
        <translation>比特币原生SegWit（bc1q…）</translation>
    </message>
    <message>
        <source>Ethereum address (0x…)</source>
        <translation>以太坊地址（0x…）</translation>
    </message>
    <message>
        <source>Bitcoin legacy (1…)</source>
        <translation>比特币旧式（1…）</translation>
    </message>
    <message>
        <source>Bitcoin Taproot (bc1p…)</source>
        <translation>比特币Taproot（bc1p…）</translation>
    </message>
    <message>
        <source>Bitcoin nested SegWit (3…)</source>
        <translation>比特币嵌套SegWit（3…）</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>钱包实验室</translation>
    </message>
    <message>
        <source>&amp;Training wallet</source>
        <translation>培训钱包(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore drill</source>
        <translation>恢复演练(&amp;R)</translation>
    </message>
    <message>
        <source>Find the &amp;missing word</source>
        <translation>找出缺失的助记词(&amp;M)</translation>
    </message>
    <message>
        <source>Match the pat&amp;h</source>
        <translation>匹配路径(&amp;H)</translation>
    </message>
    <message>
        <source>TRAINING ONLY — never use these wallets for real funds. Never type a real seed phrase found at a search here: real wallet material goes to your force&apos;s digital-evidence / crypto-seizure specialists.</source>
        <translation>仅供培训——切勿将这些钱包用于真实资金。切勿在此输入搜查中发现的真实助记词：真实的钱包材料应交由本单位的电子数据取证/加密资产扣押专业人员处理。</translation>
    </message>
    <message>
        <source>Training only warning</source>
        <translation>仅供培训警告</translation>
    </message>
    <message>
        <source>The seed card picture is missing from this installation; the words are in the module&apos;s lesson 2.</source>
        <translation>本次安装缺少助记词卡片图片；助记词见本模块第2课。</translation>
    </message>
    <message>
        <source>Generate a training wallet and follow how its words become a seed, a master key, accounts and addresses. One phrase controls every one of them, on every chain.</source>
        <translation>生成一个培训钱包，看看其助记词如何依次变为种子、主密钥、账户和地址。一组助记词即可控制其中的每一项，在每条链上都是如此。</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>助记词数(&amp;W)：</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12个助记词</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24个助记词</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>助记词数量</translation>
    </message>
    <message>
        <source>Word &amp;list:</source>
        <translation>词表(&amp;L)：</translation>
    </message>
    <message>
        <source>Word list language</source>
        <translation>词表语言</translation>
    </message>
    <message>
        <source>&amp;Generate training wallet</source>
        <translation>生成培训钱包(&amp;G)</translation>
    </message>
    <message>
        <source>The words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>No training wallet yet. Choose the number of words and the word list, then Generate.</source>
        <translation>尚无培训钱包。请选择助记词数量和词表，然后点击“生成培训钱包”。</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>密码短语（可选）(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Try any word: the same phrase gives a different wallet</source>
        <translation>随便输入一个词试试：同一组助记词会得到不同的钱包</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示密码短语</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>From words to addresses</source>
        <translation>从助记词到地址</translation>
    </message>
    <message>
        <source>Derivation tree</source>
        <translation>派生树</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the selected address; the clipboard is cleared after 30 seconds</source>
        <translation>复制所选地址；剪贴板将在30秒后清空</translation>
    </message>
    <message>
        <source>Only addresses can be copied. The words, seed and keys never leave this screen.</source>
        <translation>只能复制地址。助记词、种子和密钥绝不会离开此界面。</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>第%1个助记词：%2</translation>
    </message>
    <message>
        <source>This wallet could not be derived: %1</source>
        <translation>无法派生此钱包：%1</translation>
    </message>
    <message numerus="yes">
        <source>Words (%n)</source>
        <translation>
            <numerusform>助记词（%n个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>The full phrase is in the grid above</source>
        <translation>完整助记词见上方表格</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, no passphrase)</source>
        <translation>种子（PBKDF2，无密码短语）</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, with passphrase)</source>
        <translation>种子（PBKDF2，含密码短语）</translation>
    </message>
    <message>
        <source>%1 (64 bytes)</source>
        <translation>%1（64字节）</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>主密钥</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>指纹%1</translation>
    </message>
    <message>
        <source>Master key fingerprint %1</source>
        <translation>主密钥指纹%1</translation>
    </message>
    <message>
        <source>Select and press Copy address (or Enter) to copy</source>
        <translation>选中后按“复制地址”（或Enter）即可复制</translation>
    </message>
    <message>
        <source>Master key fingerprint %1. Type a passphrase to see what it changes.</source>
        <translation>主密钥指纹%1。输入密码短语，看看会有什么变化。</translation>
    </message>
    <message>
        <source>Same words, different passphrase: a different wallet. Master key fingerprint %1 with this passphrase, %2 without it; every address below is different too.</source>
        <translation>助记词相同，密码短语不同：就是另一个钱包。使用此密码短语时主密钥指纹为%1，不使用时为%2；下方的每个地址也都不同。</translation>
    </message>
    <message>
        <source>A seed card was photographed at a search (a training card from the module). Type its 12 words to restore the wallet and check that you recovered the address written on the card.</source>
        <translation>搜查时拍到了一张助记词卡片（本模块提供的培训卡片）。请输入卡片上的12个助记词以恢复钱包，并核对恢复出的地址是否与卡片上所写的地址一致。</translation>
    </message>
    <message>
        <source>Photograph of the training seed card</source>
        <translation>培训用助记词卡片的照片</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>第%1个助记词</translation>
    </message>
    <message>
        <source>P&amp;assphrase, if the card mentions one:</source>
        <translation>密码短语（如卡片上注明）(&amp;A)：</translation>
    </message>
    <message>
        <source>Restore passphrase</source>
        <translation>恢复用密码短语</translation>
    </message>
    <message>
        <source>✗ Not on the word list</source>
        <translation>✗ 不在词表中</translation>
    </message>
    <message>
        <source>✗ Not on the word list. Did you mean: %1?</source>
        <translation>✗ 不在词表中。你是否想输入：%1？</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list.</source>
        <translation>✗ 第%1个助记词无法识别：“%2”不在BIP39词表中。</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list. Did you mean: %3?</source>
        <translation>✗ 第%1个助记词无法识别：“%2”不在BIP39词表中。你是否想输入：%3？</translation>
    </message>
    <message>
        <source>%1 of %2 words typed. Type each word as written on the card; suggestions appear as you type.</source>
        <translation>已输入%1个助记词（共%2个）。请按卡片上的写法输入每个助记词；输入时会显示建议。</translation>
    </message>
    <message>
        <source>✗ Wrong checksum: every word is on the list, but together they are not a valid phrase. A word is misread or two words are swapped; compare each word with the card again.</source>
        <translation>✗ 校验码错误：每个助记词都在词表中，但组合起来不是有效的助记词。可能有一个词认错了，或有两个词顺序颠倒；请再次逐词与卡片核对。</translation>
    </message>
    <message>
        <source>✗ This is not a valid phrase: %1</source>
        <translation>✗ 这不是有效的助记词：%1</translation>
    </message>
    <message>
        <source>Valid ✓ The 12 words pass the checksum.</source>
        <translation>有效 ✓ 这12个助记词通过了校验码验证。</translation>
    </message>
    <message>
        <source>First BIP84 address (native SegWit, m/84&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>第一个BIP84地址（原生SegWit，m/84&apos;/0&apos;/0&apos;/0/0）：</translation>
    </message>
    <message>
        <source>First BIP44 address (legacy, m/44&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>第一个BIP44地址（旧式，m/44&apos;/0&apos;/0&apos;/0/0）：</translation>
    </message>
    <message>
        <source>✓ The first BIP84 address matches the address recorded on the card: you restored the right wallet. Drill complete.</source>
        <translation>✓ 第一个BIP84地址与卡片上记录的地址一致：你恢复的钱包正确。演练完成。</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: a valid phrase, but not the card&apos;s. Check the words again.</source>
        <translation>✗ 第一个BIP84地址与卡片上记录的地址不符：助记词有效，但不是这张卡片上的。请再次检查助记词。</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: with this passphrase the same words open a different wallet.</source>
        <translation>✗ 第一个BIP84地址与卡片上记录的地址不符：使用这个密码短语时，同样的助记词会打开另一个钱包。</translation>
    </message>
    <message>
        <source>Word 7 of this card is smudged. The last word carries a checksum, so only some of the 2,048 words fit. Try them all, then derive each candidate&apos;s first address until one matches the address the owner&apos;s records show.</source>
        <translation>这张卡片上的第7个助记词字迹模糊。最后一个助记词包含校验码，因此2048个单词中只有一部分符合。请逐一尝试所有单词，然后为每个候选词派生第一个地址，直到找到与持有人记录中的地址一致的那个。</translation>
    </message>
    <message>
        <source>Photograph of the training seed card with a smudged word</source>
        <translation>培训用助记词卡片的照片（其中一个助记词字迹模糊）</translation>
    </message>
    <message>
        <source>Known first address (m/84&apos;/0&apos;/0&apos;/0/0): &lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>已知的第一个地址（m/84&apos;/0&apos;/0&apos;/0/0）：&lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Tr&amp;y all 2,048 words</source>
        <translation>尝试全部2048个单词(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Words tried</source>
        <translation>已尝试的单词</translation>
    </message>
    <message>
        <source>Words that pass the checksum</source>
        <translation>通过校验码验证的单词</translation>
    </message>
    <message>
        <source>&amp;Derive first BIP84 address</source>
        <translation>派生第一个BIP84地址(&amp;D)</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>Trying every word at position 7… %1 of 2,048 tried.</source>
        <translation>正在逐一尝试第7位的每个单词…已尝试%1个（共2048个）。</translation>
    </message>
    <message>
        <source>Trying every word at position 7…</source>
        <translation>正在逐一尝试第7位的每个单词…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept; try again when you are ready.</source>
        <translation>已取消。未保留任何内容；准备好后可再试一次。</translation>
    </message>
    <message>
        <source>%1 of 2,048 words pass the checksum at position 7. Derive each one&apos;s first BIP84 address (select it and press Enter) to find the one that matches the known address.</source>
        <translation>在第7位上，2048个单词中有%1个通过校验码验证。请为每个候选词派生第一个BIP84地址（选中后按Enter），找出与已知地址一致的那个。</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>✗ no match</source>
        <translation>✗ 不一致</translation>
    </message>
    <message>
        <source>“%1” gives %2, not the known address. Try another candidate.</source>
        <translation>“%1”得到的地址是%2，不是已知地址。请尝试另一个候选词。</translation>
    </message>
    <message>
        <source>✓ Found: word 7 is “%1”. Its first BIP84 address is the known address. Exercise complete.</source>
        <translation>✓ 已找到：第7个助记词是“%1”。其第一个BIP84地址正是已知地址。练习完成。</translation>
    </message>
    <message>
        <source>A wallet&apos;s path says which kind of address it makes. Match each account path with its address type, then Check.</source>
        <translation>钱包的派生路径决定了它生成哪种地址。请将每个账户路径与对应的地址类型匹配，然后点击“核对”。</translation>
    </message>
    <message>
        <source>Address type for %1</source>
        <translation>%1的地址类型</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>核对(&amp;K)</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ It is: %1</source>
        <translation>✗ 正确答案：%1</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>答对%1个（共%2个）</translation>
    </message>
    <message>
        <source>Valid: all %1 words are on the list and the checksum in the last word matches. Whoever holds these words controls the wallet.</source>
        <translation>有效：全部%1个助记词都在词表中，且最后一个助记词中的校验码匹配。谁掌握这些助记词，谁就控制该钱包。</translation>
    </message>
    <message>
        <source>Not valid: word %1, “%2”, is not on the BIP39 word list (nearest words: %3).</source>
        <translation>无效：第%1个助记词“%2”不在BIP39词表中（最接近的单词：%3）。</translation>
    </message>
    <message>
        <source>Not valid: it has %1 words, and a BIP39 phrase has 12, 15, 18, 21 or 24. A word is missing.</source>
        <translation>无效：它有%1个助记词，而BIP39助记词应为12、15、18、21或24个。缺少了一个词。</translation>
    </message>
    <message>
        <source>Not valid: every word is on the list, but the checksum in the last word does not match. Two words are swapped or one is misread.</source>
        <translation>无效：每个助记词都在词表中，但最后一个助记词中的校验码不匹配。可能有两个词顺序颠倒，或有一个词认错了。</translation>
    </message>
    <message>
        <source>Not valid: there are no words.</source>
        <translation>无效：没有任何助记词。</translation>
    </message>
    <message>
        <source>The suspect&apos;s phone has the Binance app open and logged in. No seed phrase was found anywhere.</source>
        <translation>嫌疑人的手机上打开了币安（Binance）应用且处于登录状态。任何地方都未发现助记词。</translation>
    </message>
    <message>
        <source>the exchange holds the keys: Binance can freeze the account and move the funds. Send it a preservation and freeze request at once; until then the suspect can withdraw from any device.</source>
        <translation>由交易平台持有私钥：币安可以冻结该账户并转移资金。请立即向其发送数据保全及冻结请求；在此之前，嫌疑人可以从任何设备提现。</translation>
    </message>
    <message>
        <source>A steel plate stamped with 24 words, found in a bedroom drawer.</source>
        <translation>在卧室抽屉中发现的一块刻有24个助记词的钢板。</translation>
    </message>
    <message>
        <source>whoever has the 24 words controls the funds, from any wallet app anywhere. Nobody can freeze them: photograph the plate, secure it and call the seizure specialists.</source>
        <translation>谁掌握这24个助记词，谁就能在任何地方通过任何钱包应用控制这些资金。没有人能冻结它们：请拍照记录钢板、妥善保管，并联系扣押专业人员。</translation>
    </message>
    <message>
        <source>A Ledger hardware wallet and a paper recovery card in the suspect&apos;s safe.</source>
        <translation>嫌疑人保险箱中的一个Ledger硬件钱包和一张纸质恢复卡。</translation>
    </message>
    <message>
        <source>the keys are on the device and the card; no company can freeze them. The card alone is enough to move the funds, so secure both under dual control.</source>
        <translation>私钥保存在设备和卡片上；没有任何公司能冻结它们。仅凭卡片就足以转移资金，因此两者都须在双人监管下妥善保管。</translation>
    </message>
    <message>
        <source>Monthly statements of an account at a licensed Hong Kong virtual-asset trading platform, in the suspect&apos;s name.</source>
        <translation>嫌疑人名下一个香港持牌虚拟资产交易平台账户的月结单。</translation>
    </message>
    <message>
        <source>the licensed platform holds the keys and can freeze the account. Send a preservation request through the proper legal channel; the platform keeps the records of every deposit and withdrawal.</source>
        <translation>由持牌交易平台持有私钥，可以冻结该账户。请通过合法渠道发送数据保全请求；该平台保存着每一笔充值和提现的记录。</translation>
    </message>
    <message>
        <source>A MetaMask extension installed in the web browser on the suspect&apos;s laptop.</source>
        <translation>嫌疑人笔记本电脑网页浏览器中安装的MetaMask扩展程序。</translation>
    </message>
    <message>
        <source>MetaMask keeps the keys on the laptop; its recovery phrase restores them anywhere. MetaMask cannot freeze anything: whoever has the phrase or the unlocked extension can move the funds.</source>
        <translation>MetaMask将私钥保存在笔记本电脑上；其恢复助记词可在任何地方恢复私钥。MetaMask无法冻结任何资产：谁掌握助记词或已解锁的扩展程序，谁就能转移资金。</translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>&amp;Spot the invalid phrase</source>
        <translation>找出无效的助记词(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ustodial or self-custody?</source>
        <translation>托管还是自托管？(&amp;U)</translation>
    </message>
    <message>
        <source>Words written down at a search are not always a wallet. Tick each phrase that is NOT a valid BIP39 phrase, then Check: the checksum, the word list and the number of words decide.</source>
        <translation>搜查时发现的手写单词不一定是钱包。请勾选每一组不是有效BIP39助记词的单词，然后点击“核对”：校验码、词表和单词数量决定其是否有效。</translation>
    </message>
    <message>
        <source>Tick when this phrase is not valid</source>
        <translation>此助记词无效时请勾选</translation>
    </message>
    <message>
        <source>&amp;New phrases</source>
        <translation>换一组助记词(&amp;N)</translation>
    </message>
    <message>
        <source>Phrase %1 is not valid</source>
        <translation>第%1组助记词无效</translation>
    </message>
    <message>
        <source>✗ It is valid</source>
        <translation>✗ 它是有效的</translation>
    </message>
    <message>
        <source>✗ It is not valid</source>
        <translation>✗ 它是无效的</translation>
    </message>
    <message>
        <source>Who holds the keys decides what you do next: a company that can freeze the funds, or whoever has the words or the device. Choose for each case, then Check.</source>
        <translation>私钥由谁持有，决定了下一步怎么做：是可以冻结资金的公司，还是掌握助记词或设备的人。请为每个案例作出选择，然后点击“核对”。</translation>
    </message>
    <message>
        <source>Case %1: custodial or self-custody</source>
        <translation>案例%1：托管还是自托管</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In the tracing lab&apos;s cases</source>
        <translation>在追踪实验室的案例中</translation>
    </message>
    <message>
        <source>The first %1 receiving and change addresses of every usual path (Bitcoin and its test network, Ethereum, TRON, Litecoin) were looked up in the cases&apos; simulated ledger.</source>
        <translation>已在案例的模拟账本中查找每条常用路径（比特币及其测试网络、以太坊、波场、莱特币）前%1个收款及找零地址。</translation>
    </message>
    <message>
        <source>None of them occurs in a case: on a real wallet, check every chain and path with a block explorer before concluding it is empty.</source>
        <translation>这些地址都不在任何案例中：处理真实钱包时，须先用区块浏览器核查每条链和每条路径，才能断定钱包是空的。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Holds at the end of the case</source>
        <translation>案例结束时持有</translation>
    </message>
    <message>
        <source>%1 (the money passed through)</source>
        <translation>%1（资金只是经过）</translation>
    </message>
    <message>
        <source>These words control that money now. Seize it by moving it to a force-controlled wallet under dual control, and record every step for the chain of custody.</source>
        <translation>这些词语现在控制着这笔钱。请在双人监控下把资金转入警方控制的钱包予以扣押，并记录每一步以保持证据保管链。</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>加密犯罪学院</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于%1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>无法生成PDF。</translation>
    </message>
</context>
</TS>
