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
</context>
<context>
    <name>cca::progress</name>
    <message>
        <source>This version stores progress in SQLite only; the PostgreSQL central store is not available yet (%1).</source>
        <translation>此版本仅将进度存储在SQLite中；PostgreSQL中央存储暂不可用（%1）。</translation>
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
        <source>Cohort, assessment or officer</source>
        <translation>学员组、测验或警员</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
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
        <source>Members</source>
        <translation>成员</translation>
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
    <message numerus="yes">
        <source>%n member(s). Numbers are beside the chart in the table below; click a column to sort.</source>
        <translation>
            <numerusform>%n名成员。图表的数值列于下表；点击列标题即可排序。</numerusform>
        </translation>
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
</TS>
