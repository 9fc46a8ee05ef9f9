<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be read. It was moved aside to %1 and a new, empty database was started. Give the old file to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password for the central database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central progress database cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::accounts::Credentials</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::accounts::SignInPolicy</name>
    <message>
        <source>This profile does not exist on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after %1 wrong tries. Try again after %2, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong again. The profile is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the profile is locked.</numerusform>
            <numerusform>Wrong PIN. %n trys left before the profile is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>Wrong password. %n try left before the profile is locked.</numerusform>
            <numerusform>Wrong password. %n trys left before the profile is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::assessment</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::assessment::AnswerWidget</name>
    <message>
        <source>1.  True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.  False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer marks this answer later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>between %1 and %2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: click the places the question asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an area of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 marks placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this, then go on. No answer is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::assessment::QuizPage</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions fully right · pass mark %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Practice: check each answer as you go and try again up to %n time(s). Nothing here counts against you.</source>
        <translation>
            <numerusform>Practice: check each answer as you go and try again up to %n time. Nothing here counts against you.</numerusform>
            <numerusform>Practice: check each answer as you go and try again up to %n times. Nothing here counts against you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery: answer questions one after another. You are done when %1 of your last %2 answers are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam: answer every question, then submit. You see your results after submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average of your attempts counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this question to come back to it (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this answer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: answered. Outlined: on screen. ⚑: flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>time limit %n minute(s); the clock keeps running if you close the app</source>
        <translation>
            <numerusform>time limit %n minute; the clock keeps running if you close the app</numerusform>
            <numerusform>time limit %n minutes; the clock keeps running if you close the app</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 attempts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grade: %1% · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used every attempt this assessment allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer (or press its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every answer that applies (or press their numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the matching answer for each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the items in the right order: drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right group for each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the right places on the picture, or choose an area from the list and press Mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in each numbered blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again: %n try(s) left.</source>
        <translation>
            <numerusform>Try again: %n try left.</numerusform>
            <numerusform>Try again: %n trys left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %2 answers right · %3 needed · %n answered so far</source>
        <translation>
            <numerusform>%1 of your last %2 answers right · %3 needed · %n answered so far</numerusform>
            <numerusform>%1 of your last %2 answers right · %3 needed · %n answered so far</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>All %n question answered.</numerusform>
            <numerusform>All %n questions answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet; they score nothing.</source>
        <translation>
            <numerusform>%n question not answered yet; they score nothing.</numerusform>
            <numerusform>%n questions not answered yet; they score nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n question flagged for review.</numerusform>
            <numerusform>%n questions flagged for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit now? You cannot change your answers afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your last %2 answers were right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s) will be marked by a trainer.</source>
        <translation>
            <numerusform>%n written answer will be marked by a trainer.</numerusform>
            <numerusform>%n written answers will be marked by a trainer.</numerusform>
        </translation>
    </message>
    <message>
        <source>To be marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1\. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::assessment::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you missed come back here, spaced out over days so they stick (the SM-2 method). A right answer moves the next review further away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All caught up. No reviews are due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right. It comes back in a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right. It comes back tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::certificates</name>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed the training module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1  ·  Score %2%  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code: %1
Check it in Crypto Crime Academy (Verify certificate) or with &quot;ccacademy-cli certificate verify %1&quot; on the training unit&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::content::CatalogPage</name>
    <message>
        <source>Introductory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets and seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses by title, summary or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed · %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches the search and filters. Clear them to see every course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::content::LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::content::LessonPlayer</name>
    <message>
        <source>Back to the module (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link copied (lessons never open the network):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::content::LessonRenderer</name>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::content::MediaPanel</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::content::ModulePage</name>
    <message>
        <source>All courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: lesson %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed · best score %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this module you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quiz: %1  ·  %n question(s), pass mark %2%</source>
        <translation>
            <numerusform>Quiz: %1  ·  %n question, pass mark %2%</numerusform>
            <numerusform>Quiz: %1  ·  %n questions, pass mark %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the scam reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scams this module teaches, with red flags and first-response checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises on realistic cases. Your best result is kept; try again as often as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::progress::PostgresProgressStore</name>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 names no user. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this workstation (Debian package libqt6sql6-psql); cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 in %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::progress::SqlProgressStore</name>
    <message>
        <source>A name and a service number are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment needs a module, a due date, and either a cohort or an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number %1 belongs to another officer on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::progress::SqliteProgressStore</name>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::reference::IndicatorPage</name>
    <message>
        <source>Cryptocurrency address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENS name (Ethereum Name Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction hash(es)</source>
        <translation>
            <numerusform>%n transaction hash</numerusform>
            <numerusform>%n transaction hashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web address(es)</source>
        <translation>
            <numerusform>%n web address</numerusform>
            <numerusform>%n web addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain name(s)</source>
        <translation>
            <numerusform>%n domain name</numerusform>
            <numerusform>%n domain names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENS name(s)</source>
        <translation>
            <numerusform>%n ENS name</numerusform>
            <numerusform>%n ENS names</numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy (P2PKH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script address (P2SH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegWit (P2WPKH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegWit script (P2WSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taproot (P2TR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SegWit version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP-55 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexadecimal with 0x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base58Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CashAddr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-address (address and tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (Base58)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated address (with payment ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subaddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong local number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test network (coins have no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer test network (coins have no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage network (coins have no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name imitates a well-known crypto service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1 (%2), but it is not their address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watchlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is checked on this computer: nothing you paste is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a chat message, payment instruction or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as you type. Ctrl+Enter checks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text now (Ctrl+Enter); it is also checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator with what it is and what to do next, for an e-mail or the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as a text file for the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the indicator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address poisoning check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scammers send a tiny payment from an address that starts and ends like one the victim uses, hoping the victim later copies it from the wallet history. Paste the address the victim meant to pay and the address the money actually went to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the victim meant to &amp;pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address they &amp;actually paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. from the victim&apos;s own records or the exchange&apos;s deposit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. from the transaction in the wallet history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two addresses (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined: characters that match at the start and at the end, the part people check. In colour without underline: characters that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about address poisoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the scam reference entry: how it works, evidence, first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of known scam addresses, domains and other indicators, for example one your unit shares. Its first row names the columns &lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;; the kind is one of address, domain, url, email, phone, ens or tx_hash, and the date is written YYYY-MM-DD. Rows with a problem are skipped and listed here with their line numbers; the good rows are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlists on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) found: %1</source>
        <translation>
            <numerusform>%n indicator found: %1</numerusform>
            <numerusform>%n indicators found: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a watchlist</source>
        <translation>
            <numerusform>%n on a watchlist</numerusform>
            <numerusform>%n on a watchlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n not valid</numerusform>
            <numerusform>%n not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike(s)</source>
        <translation>
            <numerusform>%n look-alike</numerusform>
            <numerusform>%n look-alikes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Paste what the victim was sent&lt;/b&gt; into the box above: a chat message, a payment instruction, an e-mail or just an address.&lt;br&gt;The checker finds cryptocurrency addresses, transaction hashes, web addresses and domains, e-mail addresses, phone numbers and ENS names; says whether each is valid and what it is; flags look-alike sites and anything on your watchlists; and says what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No indicators found in this text.&lt;/b&gt;&lt;br&gt;Check that the whole address was copied (addresses are long: 26 to 100 characters) and that it was not retyped from a screenshot. Solana addresses are only recognised when the text mentions Solana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indicators. &quot;Copy results as text&quot; and &quot;Save as note…&quot; include all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ On a watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Look-alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select where it first appears in the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this address with another one, for address poisoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appears %n times in the text.</source>
        <translation>
            <numerusform>Appears %n times in the text.</numerusform>
            <numerusform>Appears %n times in the text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination tag: %1. Give it together with the address: the exchange needs both to find the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a correct checksum it would be written &lt;tt&gt;%1&lt;/tt&gt;; do not use that form unless the victim confirms the address from a trusted record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a watchlist of known scam indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing patterns in the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer (when online):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stablecoin issuers that can freeze funds on this chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON A WATCHLIST: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOOK-ALIKE: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer (when online): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can freeze stablecoins on this chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the indicator note)</source>
        <translation>
            <numerusform>…and %n more (see the indicator note)</numerusform>
            <numerusform>…and %n more (see the indicator note)</numerusform>
        </translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-alike of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on watchlist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The results are on the clipboard: %n indicator(s).</source>
        <translation>
            <numerusform>The results are on the clipboard: %n indicator.</numerusform>
            <numerusform>The results are on the clipboard: %n indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised as an address of a chain this checker knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 address, valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 address, NOT valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n character(s)%1 match</source>
        <translation>
            <numerusform>The first %n character%1 match</numerusform>
            <numerusform>The first %n characters%1 match</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 positions differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are of different lengths (%1 and %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Treat the paid address as the scammer&apos;s:&lt;/b&gt; record both addresses and the transaction, and look for the tiny &quot;dust&quot; payment from the look-alike in the victim&apos;s history shortly before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again; the rows already imported are not duplicated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entr(y/ies) from this computer? Indicators are no longer matched against it until it is imported again.</source>
        <translation>
            <numerusform>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entry from this computer? Indicators are no longer matched against it until it is imported again.</numerusform>
            <numerusform>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entries from this computer? Indicators are no longer matched against it until it is imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the watchlist “%1”: %n entr(y/ies).</source>
        <translation>
            <numerusform>Removed the watchlist “%1”: %n entry.</numerusform>
            <numerusform>Removed the watchlist “%1”: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlists are not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watchlists cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watchlists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watchlists yet. Import a CSV file above; each source in it (the &quot;source&quot; column) becomes one watchlist here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the watchlist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 imported, %4 already known, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <extracomment>Joins &quot;The first 4 characters after “0x” match&quot; and &quot;the last 5 characters match&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n character(s) match</source>
        <translation>
            <numerusform>the last %n character match</numerusform>
            <numerusform>the last %n characters match</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4.</source>
        <extracomment>A watchlist import: &quot;file.csv: 3 rows read&quot;, &quot;2 imported&quot;, &quot;0 already known&quot;, &quot;1 skipped&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::reference::Indicators</name>
    <message>
        <source>The checksum does not match: one or more characters are wrong (a typo, a copying error or an altered address). Do not send anything to it; ask for the address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains %1, which Base58 addresses never use (Base58 leaves out 0, O, I and l because they look alike): the address was mistyped or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-address carries an invalid tag field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses the wrong checksum variant for its witness version (BIP350: version 0 uses Bech32, versions 1 and above use Bech32m): likely altered or produced by faulty software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It mixes upper and lower case, which Bech32 addresses never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It breaks the segwit address rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It breaks the CashAddr rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mixed upper and lower case does not match the EIP-55 checksum: likely a typo or an altered address. Wallets refuse it; ask for the address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 hexadecimal digits after 0x; an EVM address has exactly 40. Characters were lost or added when it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains characters that are not hexadecimal (0-9, a-f); an EVM address is 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses the name of %1 with a different ending; the genuine site is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It imitates %1 with letters from another alphabet that look the same (an IDN homograph); the genuine site is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It imitates %1 by swapping look-alike characters (such as 0 for o, 1 or I for l, rn for m); the genuine site is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It adds words or hyphens to the name of %1 (like &quot;-support&quot; or &quot;-login&quot;); %1 uses only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It differs from %1 by only one or two characters, a typical typo-squatting domain; the genuine site is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It puts the name of %1 in front of an unrelated domain (%2), so the address starts like the genuine one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It mixes letters from different alphabets (for example Latin and Cyrillic) in one name, which genuine sites avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address with a valid EIP-55 checksum (its mixed upper and lower case protects against typos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address written in one case only, so it carries no EIP-55 checksum and a typo in it would not be noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address whose mixed upper and lower case does not match the EIP-55 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something written like an Ethereum-style (EVM) address (0x and hexadecimal digits), but not a complete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address exists on every EVM chain (Ethereum, BNB Chain, Polygon, Arbitrum, Base and others) and may hold funds on several of them: check each chain the case may involve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TRON address (Base58Check, version byte 0x41, starts with T). USDT on TRON (TRC-20) is among the stablecoins most used in scams and laundering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XRP Ledger X-address: the account address and the destination tag packed into one string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XRP Ledger account address (starts with r, Base58Check with the XRP Ledger&apos;s own alphabet). Exchanges receive many customers&apos; deposits on one address and tell them apart by a destination tag, so the tag matters as much as the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Solana account address (a 32-byte public key in Base58). Solana addresses carry no checksum, so a typo cannot be detected; it is reported because the text mentions Solana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subaddress, starts with 8 on the main network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integrated address: address and payment ID in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard address, starts with 4 on the main network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Monero address (%1). Monero is a privacy coin: senders, receivers and amounts are hidden on its blockchain (ring signatures, one-time stealth addresses, confidential amounts), so the address cannot be followed on an explorer. Tracing works at the edges instead: where funds were swapped into or out of Monero (exchanges, swap services), which can be asked for their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Bitcoin Cash address in CashAddr format (%1; the bitcoincash: prefix may be left out, it is still part of the checksum). Bitcoin Cash split from Bitcoin in 2017; its coins are separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script address, starts with p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key address, starts with q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legacy pay-to-public-key-hash address (P2PKH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pay-to-script-hash address (P2SH), often a multi-signature or wrapped SegWit wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a native SegWit version 0 key address (P2WPKH, Bech32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a native SegWit version 0 script address (P2WSH, Bech32), often a multi-signature wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Taproot address (SegWit version 1, Bech32m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SegWit address of a version no wallet uses yet (Bech32m); no genuine service would hand one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address that is valid on %1: %2. The same form is used by both, so check both chains&apos; explorers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Cash also accepts this legacy form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send anything to it and do not search for it as written: ask for the original message or a screenshot and copy the address exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the letters&apos; case was changed by hand or by a program, the intended address may be %1; confirm it with the source before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test-network address: test coins have no value. A &apos;payment&apos; to it is not a real payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When online, look it up on %1: balance, transactions, first and last activity, and any label the explorer shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the victim how they bought or sent the Monero (which exchange or swap service) and send that service a preservation request: that is where the trail can be picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an explorer or the case labels it as an exchange&apos;s address, send that exchange a preservation request at once (and a freeze or disclosure request with the legal authority needed) through its law-enforcement channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the destination tag (or memo) used with this address: without it an exchange cannot tell which customer received the funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the destination tag %1 in any request to an exchange: it identifies the customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address in this text looks like this one (same start and end): check which one the victim really meant to pay; a look-alike is the mark of address poisoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it exactly as written, with the chain, the amounts and the times (UTC) of the transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethereum and other EVM chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litecoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dogecoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRP Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Bitcoin block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (Etherscan for Ethereum; BscScan, PolygonScan, Arbiscan and the like for the other EVM chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tronscan (the TRON explorer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Litecoin block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Bitcoin Cash block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Dogecoin block explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XRP Ledger explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Solana explorer (such as Solscan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Monero block explorer (it shows that transactions exist, not who paid whom or how much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USDT on Ethereum and the other EVM chains can be frozen by its issuer Tether, and USDC by Circle: send a freeze request quickly if the address holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USDT on TRON can be frozen by its issuer Tether: send a freeze request quickly if the address holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USDT and USDC on Solana can be frozen by their issuers, Tether and Circle: send a freeze request quickly if the address holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRP itself cannot be frozen by anyone; tokens issued on the XRP Ledger can be frozen by their issuer if the issuer enabled freezing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer can freeze %1&apos;s own coin: only an exchange or custodian that holds the funds can stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction hash (transaction ID): 64 hexadecimal digits. EVM chains (Ethereum, BNB Chain, Polygon…) write it with 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, the XRP Ledger and Monero write it without. The same form fits several chains, so find out which one was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (or Tronscan without the 0x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explorer of the chain that was used (a Bitcoin block explorer, Tronscan, an XRP Ledger explorer…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When online, search it on %1: it shows sender, receiver, amount, token and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the funds from the receiving address to the first exchange or stablecoin issuer and send them a preservation or freeze request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the hash with the chain, the amount and the time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address. Scam sites copy the look of exchanges, wallets and investment platforms; the address is often the only clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name (a website&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to %1, a well-known service; if the case involves it, %1 can receive preservation and disclosure requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an international name written in punycode (xn--); it reads as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: it looks like a well-known site but is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a phishing site: do not open it on a work device, log in, or connect a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve it: a screenshot showing the full address and the time, and an archived copy if policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up who registered and hosts the domain (WHOIS/RDAP) and ask the registrar and host to preserve records and take the site down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器) and report it so others are warned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: its domain imitates a well-known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original messages with their full headers (they show the sending servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the mail provider to preserve the account and its sign-in records, then to disclose them with the legal authority needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hong Kong mobile number (8 digits, +852).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hong Kong fixed-line number (8 digits, +852).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international phone number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with Scameter (防騙視伏器) or the Anti-Scam Helpline 18222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the telecom operator, and any messaging app used with it (WhatsApp, Telegram, WeChat), to preserve subscriber and usage records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn the victim that callers can fake a displayed number, and that real police never ask for money or crypto to &apos;recover&apos; funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ENS name (Ethereum Name Service): a readable name that points to an Ethereum address. Its owner can point it elsewhere at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When online, resolve it on an Etherscan-type explorer or in the ENS app, and record the address it points to and the time you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then treat that address like any other EVM address (explorer, stablecoin freeze, exchange preservation request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on a watchlist (%1): link this case to the earlier reports and contact the list&apos;s source for what is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address: they differ only in letter case, which does not change the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-alike: the first %1 and last %2 characters%3 match but the addresses differ; this is how address poisoning tricks people who check only the ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different addresses: only the first %1 and last %2 characters%3 match, which is not a look-alike pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferenceIndex</name>
    <message>
        <source>The new reference index cannot take the place of the old one: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferencePage</name>
    <message>
        <source>Scam reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: e.g. telegram investment, 殺豬盤, seed phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the scam reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching scam patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the first-response steps for this case and export them as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page card of this pattern to print or hand over (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes: reference number, what the victim was told, addresses, amounts, times (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticked steps and your notes as a text file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is not available on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n pattern</numerusform>
            <numerusform>%n patterns</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), allowing for a typo</source>
        <translation>
            <numerusform>%n match, allowing for a typo</numerusform>
            <numerusform>%n matches, allowing for a typo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>%n match, best first</numerusform>
            <numerusform>%n matches, best first</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FATF red-flag groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the victim sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on the blockchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an exchange sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the money is usually laundered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taught in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference entry: %1 (last reviewed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pattern first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags the victim sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto Crime Academy reference, entry %1, last reviewed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the indicator checker: paste an address, web address or message the victim was sent (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses, web addresses or messages the victim was given; what the checker finds is added to this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators checked (indicator checker):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) from the indicator checker will be added to the note.</source>
        <translation>
            <numerusform>%n indicator from the indicator checker will be added to the note.</numerusform>
            <numerusform>%n indicators from the indicator checker will be added to the note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::reference::Watchlist</name>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (8 to 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ENS name (*.eth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction hash (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the watchlist database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the watchlist database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watchlist tables in %1 were written by a newer version of the app (schema %2, this version knows %3); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the watchlist tables in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row: value,kind,source,category,date,note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header row must name the columns value,kind,source,category,date,note (missing: %2); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is empty; say where the entry comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the database refused the row (%2); the whole import was rolled back and nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import could not be committed (%1); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; could not be removed (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::scenario::ScenarioPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training exercise — the people, numbers and platforms in it are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous line (Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next line (Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure tactic!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the line being spoken as a pressure tactic (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;actic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactic used in the marked line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything up to the next decision (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chat as it unfolds and flag every message that is a red flag. At the end, check your flags: each red flag found earns a point, each ordinary message flagged costs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the call and mark each line in which the caller uses a pressure tactic, as it happens; name the tactic for a second point. Each line marked that uses none costs a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the person as you would on duty. What you say moves them towards one of several endings, and there is no going back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place in this exercise could not be restored (%1), so it starts from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario cannot be played because its file has errors. Ask the module&apos;s author to fix them (ccacademy-cli validate finds them too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved as a %1 exercise, not as a %2 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag on &apos;%1&apos; is not on a message that was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark on line %1 of &apos;%2&apos; does not fit the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this message as a red flag (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” is outside the scenario&apos;s package and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen in the call panel and mark the pressure tactics as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the call, </source>
        <translation>
            <numerusform>%n line in the call, </numerusform>
            <numerusform>%n lines in the call, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked.</source>
        <translation>
            <numerusform>%n marked.</numerusform>
            <numerusform>%n marked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the conversation. Check your flags to see what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the exercise. Check your marks to see what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That choice cannot be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Space or N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: next message · F: flag the selected message · Up/Down: select · End: show the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: play or pause · T: mark a pressure tactic, then 1–9 to name it · Up/Down: lines · N: continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Down: next line · T: mark a pressure tactic, then 1–9 to name it · N: continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: next · 1–9: choose · End: show the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a red flag; click to unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording “%1” is outside the scenario&apos;s package, so it is not played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no sound output, so the call cannot be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the transcript instead: Space or “Next line” shows the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a pressure tactic (tactic not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a pressure tactic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to hear it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed red flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your flags: %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) found, </source>
        <translation>
            <numerusform>%n red flag found, </numerusform>
            <numerusform>%n red flags found, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed, </source>
        <translation>
            <numerusform>%n missed, </numerusform>
            <numerusform>%n missed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) flagged.</source>
        <translation>
            <numerusform>%n ordinary message flagged.</numerusform>
            <numerusform>%n ordinary messages flagged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged, but not red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ordinary message flagged costs a point: in a real chat, flagging everything hides the signs that matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks: %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pressure tactic(s) found, </source>
        <translation>
            <numerusform>%n pressure tactic found, </numerusform>
            <numerusform>%n pressure tactics found, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named right, </source>
        <translation>
            <numerusform>%n named right, </numerusform>
            <numerusform>%n named right, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked that use none. </source>
        <translation>
            <numerusform>%n line marked that use none. </numerusform>
            <numerusform>%n lines marked that use none. </numerusform>
        </translation>
    </message>
    <message>
        <source>A point for each tactic found, another for naming it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found and named right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found, tactic not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found, but named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked, but no pressure tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of a possible %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path you took</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lessons read · the quiz is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2 · %3 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s), about %1</source>
        <translation>
            <numerusform>%n lesson, about %1</numerusform>
            <numerusform>%n lessons, about %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course is complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the catalog to review a module or to find new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your trainer or administrator to install training modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best quiz score %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due today</source>
        <translation>
            <numerusform>%n review due today</numerusform>
            <numerusform>%n reviews due today</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you miss come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::MainWindow</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto Crime
Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crypto Crime Academy %1&lt;/h3&gt;&lt;p&gt;Training for police officers who handle crypto wallets, trace funds and recognise the scams behind them. Works offline.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1. Check the disk and the database file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up. Your answers so far were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for this attempt ran out while the app was closed. Your answers were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate for this module yet: complete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is asked for the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scam reference is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scam reference cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracing lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracing case &quot;%1&quot; is not installed on this computer; ask the administrator to reinstall the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you stopped in the exercise could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once. Lessons appear in the chosen language where the module has it, otherwise in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the progress database is taken every day, week and month when the app starts (7 daily, 4 weekly and 12 monthly copies are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup will be restored when the app next starts. Close the app and start it again; the current database will be kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no password on this workstation yet. Set one to use the trainer tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where progress is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station on its own keeps progress in a file on this workstation. A force with many stations can share one PostgreSQL server: give its address, test it, and the app uses it from the next start. The password is asked for at start and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password, for the test only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to test the connection; not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: it would be saved in clear. It is asked for at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the database is ready (%n officer(s)).</source>
        <translation>
            <numerusform>Connected to %1: the database is ready (%n officer).</numerusform>
            <numerusform>Connected to %1: the database is ready (%n officers).</numerusform>
        </translation>
    </message>
    <message>
        <source>From the next start, progress is kept on %1. Close the app and start it again; you will be asked for the server&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start, progress is kept in this workstation&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::SignInPage</name>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short, practical lessons that prepare police officers to handle crypto wallets, trace funds and recognise the scams behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chan Tai Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. District Crime Squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the officer&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Create the first profile to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first profile on a new workstation is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::shell::StartupTasks</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::tracing</name>
    <message>
        <source>Address type match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input is %1 and only output %2 is %1 too: wallets usually create change in their own address type, while the payee&apos;s address type is chosen by the payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other output is a round amount (a whole multiple of 0.001 coin), as people choose when they pay; output %1 is not, so it is likely what came back as change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 is smaller than every input. Had it been the payment, one of the inputs would have been enough and the wallet would not have added the others, so it is likely change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 goes back to %2, an address that also funded this transaction: the wallet reused its own address for change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction is one link of a peel chain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction starts a peel-chain shape: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one input pays a small amount (output %1) and passes the larger rest (output %2) to a fresh address, which then does the same again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceCanvas</name>
    <message>
        <source>Tracing graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge/swap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTC desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tainted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing on the canvas to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; arrow keys move between nodes; N writes a note; the context menu collapses a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the cluster of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the cluster of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n address(es)</source>
        <translation>
            <numerusform>Cluster: %n address</numerusform>
            <numerusform>Cluster: %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-input cluster: %1 addresses in the case, %2 on the graph (spent together, so probably one wallet)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collapse cluster (%n address(es) on the graph)</source>
        <translation>
            <numerusform>Collapse cluster (%n address on the graph)</numerusform>
            <numerusform>Collapse cluster (%n addresses on the graph)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns by hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceReportBuilder</name>
    <message>
        <source>Poison counts every amount the money touched in full: the figures are where the money could have gone, not how much of it went there, and they add up to more than was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircut spreads the victim&apos;s money in proportion over everything it was mixed with: the figures are shares, not identified coins, and they shrink at every mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO is a legal convention (Clayton&apos;s Case), not evidence of which coin is whose: the figures depend on the order of the inputs and outputs and of the payments into each address, and another order gives other figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFO is the mirror convention of FIFO, with the same dependence on order; it usually gives other figures than FIFO, so say which was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBR is a rule for account balances; UTXO transactions met on the way are split by haircut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail rests on heuristics (common-input ownership, change detection) that can be wrong, and on attribution tags whose source and confidence are shown; neither is proof of ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the figures with the service&apos;s own records before any seizure, and disclose the method and its alternatives to the prosecutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training exercise — synthetic data. Not for operational use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; %3, confidence %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction (output) and time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tainted (%1) of the amount moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags on the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)
received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1 the taint reached no labelled service in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</source>
        <translation>
            <numerusform>%n path to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</numerusform>
            <numerusform>%n paths to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preservation or freeze request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1 the taint reached no exchange, stablecoin issuer or other service that can preserve records or freeze funds. Follow the trail further, or try another method, before drafting a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1, %2: %3 from %4 to %5 (%6 tainted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Letterhead of the investigating unit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Date]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1, law enforcement response / compliance team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference: [case reference]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft request to freeze a token balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to freeze the token balance held at address %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to address %1 on %2, which holds tokens issued by you. Under the %3 method, %4 of the victim&apos;s funds reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We ask you, pending a formal order under [legal basis]:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1. to freeze (blacklist) the token balance at address %1, at least %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2. to preserve every record you hold about this address and its transfers;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3. to tell us the balance frozen and the time of the freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft preservation and freeze request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to preserve records and freeze the funds of the account credited through deposit address %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to deposit address %1 on %2, attributed to %3. Under the %4 method, %5 of the victim&apos;s funds reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1. to preserve all records of the account credited through this deposit address: identity (KYC) documents, log-in addresses and devices, deposits, withdrawals and internal transfers, from [start date] to today;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2. to freeze the funds in that account, at least %1, and to stop withdrawals from it;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3. not to inform the account holder, as far as the law allows, and to tell us what was frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transactions, in order (times in UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: the amounts were computed with %1. %2 The figures depend on the method; the trail and our working are available on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formal [production order / freezing order] will follow. Please confirm receipt to the officer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Officer name, rank and badge number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Unit, telephone, e-mail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Signature]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph as shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths to labelled services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for the officer to complete: replace everything in [brackets].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::tracing::TracingPage</name>
    <message>
        <source>Tracing lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only: synthetic cases on test networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money from the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find address or transaction id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find address or transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tainted amount (bar: share still held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracing cases were found. The cases come with the app in its content folder (content/cases); ask the administrator to reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file has problems and cannot be opened. Tell the trainer who wrote it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method cannot be used here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poison: everything the money touched counts in full. It shows where it could have gone and overstates amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haircut: each output carries the tainted fraction of what went in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO: money leaves in the order it arrived (Clayton&apos;s Case). Depends on the order of inputs and outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFO: the newest money leaves first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBR: clean money leaves first; an address keeps at most its lowest balance since the taint arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in any report which method gave the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a taint method above the graph to see tainted amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag: nobody has attributed this address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at the end of the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received tainted: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (%3 of what it holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (it holds nothing now: the money moved on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taint reached this address under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message>
        <source>CoinJoin shape: many equal outputs. Common-input ownership and the change heuristics do not apply; which output is whose cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change heuristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely change: output %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tainted value moved (%1): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node on the graph to see its tags, balance and taint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1 (whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least four characters of an address or transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the graph yet. Follow the money further, then search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the graph to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a taint method first: the report gives its amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trace report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the selected address&apos;s cluster into one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the selected cluster into its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (a peel chain as a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns by hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peel chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what moved from (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what moved until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again (the whole case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tags above a node (✎: a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; Ctrl+Z takes the step back. Amounts on the lines are what moved; the wider the line, the more. Right-click a node for its cluster and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found out about this address or transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tags on the selected node, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. suspect, cash-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note (Ctrl+Enter); Ctrl+Z on the graph takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with your progress: they come back when you open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peel chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns by hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of the graph (now: %1); zooms to fit after laying out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this case could not be read (%1), so they are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: one of %1 addresses spent together in this case (common-input ownership), %2 of them on the graph. Ctrl+G collapses them into one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received tainted between %1 and %2 UTC: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster (common-input ownership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses in the case, %2 of them on the graph, shown as one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses spent together as inputs of one transaction are taken to be one wallet&apos;s (Meiklejohn et al., 2013). CoinJoin-shaped transactions are left out: there the inputs belong to different people. A heuristic, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined by the transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tainted value received (%1): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G shows its addresses again; Enter follows the money of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the cluster to write a note on one of its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an address or transaction to write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only what moved in this time; the taint badges count only taint that arrived in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::trainer::CertificateVerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the verification code printed on the certificate, or scan its QR code into the field. The answer comes from this database&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CCA-7K3M-Q9PX-2D4W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code or QR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered: the certificate does not match the record. Treat it as not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no certificate with this code was issued from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1 (%2), module %3 version %4, score %5%, issued %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::trainer::CohortsPage</name>
    <message>
        <source>Cohorts and assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trainers and administrators can manage cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort, e.g. Intake 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: tick the officers in this cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cohort, tick its members, then assign modules with a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  due %2  ·  %3 of %4 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort %1 created. Tick its members and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) saved.</source>
        <translation>
            <numerusform>%n member saved.</numerusform>
            <numerusform>%n members saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned. Members see it on their Home page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::trainer::QuestionImportPage</name>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trainers and administrators can import questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a question bank written for Moodle or another tool: GIFT, Moodle XML or Aiken. Every question that can be taken over is converted to this app&apos;s format; anything that cannot is listed with its line, never dropped silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as question file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks (*.txt *.gift *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for questions.json (e.g. the module&apos;s assessments folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n question imported</numerusform>
            <numerusform>%n questions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n could not be imported</numerusform>
            <numerusform>%n could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Refer to it from an assessment&apos;s &quot;questions&quot; field in module.json, then run ccacademy-cli validate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::trainer::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trainers and administrators can see reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort yet. Create one under Cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion and pass rate per module (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong officers get it wrong: check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not separate strong and weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty (p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n question(s) flagged.</source>
        <translation>
            <numerusform>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n question flagged.</numerusform>
            <numerusform>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n questions flagged.</numerusform>
        </translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module, attempt, score, date and content version of this officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column heading to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this report as CSV (Ctrl+E) or PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export (Esc); nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart; the same numbers are in the table beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). The numbers of each chart are in the table beside or below it.</source>
        <translation>
            <numerusform>%n member. The numbers of each chart are in the table beside or below it.</numerusform>
            <numerusform>%n members. The numbers of each chart are in the table beside or below it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion and pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completion: the share of the cohort&apos;s %n member(s) who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</source>
        <translation>
            <numerusform>Completion: the share of the cohort&apos;s %n member who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</numerusform>
            <numerusform>Completion: the share of the cohort&apos;s %n members who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best exam score per officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each officer who submitted the exam counts once per module, in the range of their best score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this cohort has submitted an exam yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent in assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start of each submitted attempt (exam, practice or mastery check) to its submission, at most the attempt&apos;s time limit. How long officers read lessons is not recorded, so it is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules and attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer has not started a module yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trainers and administrators can export reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing PDF %1: row %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing CSV %1: row %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1. Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort, assessment, officer or scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the plays ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has finished this scenario yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices at each decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays finished: %1. Officers who finished it: %2. Choices recorded: %3. An officer who plays again counts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cca::ui</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::wallet::WalletLabPage</name>
    <message>
        <source>Ethereum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litecoin (legacy, L…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bitcoin legacy (P2PKH, 1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bitcoin nested SegWit (P2SH-P2WPKH, 3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bitcoin native SegWit (P2WPKH, bc1q…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bitcoin Taproot (P2TR, bc1p…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRON address (T…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin native SegWit (bc1q…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethereum address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin legacy (1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Taproot (bc1p…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin nested SegWit (3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the &amp;missing word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the pat&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING ONLY — never use these wallets for real funds. Never type a real seed phrase found at a search here: real wallet material goes to your force&apos;s digital-evidence / crypto-seizure specialists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed card picture is missing from this installation; the words are in the module&apos;s lesson 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a training wallet and follow how its words become a seed, a master key, accounts and addresses. One phrase controls every one of them, on every chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word list language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate training wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training wallet yet. Choose the number of words and the word list, then Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try any word: the same phrase gives a different wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From words to addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected address; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses can be copied. The words, seed and keys never leave this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet could not be derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Words (%n)</source>
        <translation>
            <numerusform>Words (%n)</numerusform>
            <numerusform>Words (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full phrase is in the grid above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (PBKDF2, no passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (PBKDF2, with passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (64 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and press Copy address (or Enter) to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key fingerprint %1. Type a passphrase to see what it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same words, different passphrase: a different wallet. Master key fingerprint %1 with this passphrase, %2 without it; every address below is different too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed card was photographed at a search (a training card from the module). Type its 12 words to restore the wallet and check that you recovered the address written on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph of the training seed card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assphrase, if the card mentions one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not on the word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not on the word list. Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list. Did you mean: %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 words typed. Type each word as written on the card; suggestions appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Wrong checksum: every word is on the list, but together they are not a valid phrase. A word is misread or two words are swapped; compare each word with the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ This is not a valid phrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ✓ The 12 words pass the checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First BIP84 address (native SegWit, m/84&apos;/0&apos;/0&apos;/0/0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First BIP44 address (legacy, m/44&apos;/0&apos;/0&apos;/0/0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The first BIP84 address matches the address recorded on the card: you restored the right wallet. Drill complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: a valid phrase, but not the card&apos;s. Check the words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: with this passphrase the same words open a different wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 7 of this card is smudged. The last word carries a checksum, so only some of the 2,048 words fit. Try them all, then derive each candidate&apos;s first address until one matches the address the owner&apos;s records show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph of the training seed card with a smudged word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known first address (m/84&apos;/0&apos;/0&apos;/0/0): &lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y all 2,048 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that pass the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Derive first BIP84 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying every word at position 7… %1 of 2,048 tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying every word at position 7…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept; try again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 2,048 words pass the checksum at position 7. Derive each one&apos;s first BIP84 address (select it and press Enter) to find the one that matches the known address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” gives %2, not the known address. Try another candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Found: word 7 is “%1”. Its first BIP84 address is the known address. Exercise complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet&apos;s path says which kind of address it makes. Match each account path with its address type, then Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address type for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ It is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: all %1 words are on the list and the checksum in the last word matches. Whoever holds these words controls the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: word %1, “%2”, is not on the BIP39 word list (nearest words: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: it has %1 words, and a BIP39 phrase has 12, 15, 18, 21 or 24. A word is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: every word is on the list, but the checksum in the last word does not match. Two words are swapped or one is misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: there are no words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspect&apos;s phone has the Binance app open and logged in. No seed phrase was found anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange holds the keys: Binance can freeze the account and move the funds. Send it a preservation and freeze request at once; until then the suspect can withdraw from any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A steel plate stamped with 24 words, found in a bedroom drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoever has the 24 words controls the funds, from any wallet app anywhere. Nobody can freeze them: photograph the plate, secure it and call the seizure specialists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Ledger hardware wallet and a paper recovery card in the suspect&apos;s safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys are on the device and the card; no company can freeze them. The card alone is enough to move the funds, so secure both under dual control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statements of an account at a licensed Hong Kong virtual-asset trading platform, in the suspect&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licensed platform holds the keys and can freeze the account. Send a preservation request through the proper legal channel; the platform keeps the records of every deposit and withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MetaMask extension installed in the web browser on the suspect&apos;s laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaMask keeps the keys on the laptop; its recovery phrase restores them anywhere. MetaMask cannot freeze anything: whoever has the phrase or the unlocked extension can move the funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spot the invalid phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustodial or self-custody?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words written down at a search are not always a wallet. Tick each phrase that is NOT a valid BIP39 phrase, then Check: the checksum, the word list and the number of words decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when this phrase is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ It is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ It is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the keys decides what you do next: a company that can freeze the funds, or whoever has the words or the device. Choose for each case, then Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: custodial or self-custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tracing lab&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 receiving and change addresses of every usual path (Bitcoin and its test network, Ethereum, TRON, Litecoin) were looked up in the cases&apos; simulated ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them occurs in a case: on a real wallet, check every chain and path with a block explorer before concluding it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds at the end of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the money passed through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words control that money now. Seize it by moving it to a force-controlled wallet under dual control, and record every step for the chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
