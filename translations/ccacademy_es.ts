<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be read. It was moved aside to %1 and a new, empty database was started. Give the old file to your administrator.</source>
        <translation>La base de datos de progreso estaba dañada y no se pudo leer. Se movió a %1 y se creó una base de datos nueva y vacía. Entregue el archivo antiguo a su administrador.</translation>
    </message>
</context>
<context>
    <name>cca::accounts::Credentials</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol in the password.</source>
        <translation>Use letras y al menos un número o símbolo en la contraseña.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>El PIN solo puede contener dígitos.</translation>
    </message>
</context>
<context>
    <name>cca::accounts::SignInPolicy</name>
    <message>
        <source>This profile does not exist on this workstation.</source>
        <translation>Este perfil no existe en este equipo.</translation>
    </message>
    <message>
        <source>Locked after %1 wrong tries. Try again after %2, or ask an administrator.</source>
        <translation>Perfil bloqueado tras %1 intentos fallidos. Vuelva a intentarlo a partir de las %2 o consulte a un administrador.</translation>
    </message>
    <message>
        <source>Wrong again. The profile is locked for %1 minutes.</source>
        <translation>Nuevo intento fallido. El perfil queda bloqueado durante %1 minutos.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>PIN incorrecto. Le queda %n intento antes de que se bloquee el perfil.</numerusform>
            <numerusform>PIN incorrecto. Le quedan %n intentos antes de que se bloquee el perfil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n try(s) left before the profile is locked.</source>
        <translation>
            <numerusform>Contraseña incorrecta. Le queda %n intento antes de que se bloquee el perfil.</numerusform>
            <numerusform>Contraseña incorrecta. Le quedan %n intentos antes de que se bloquee el perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>No se pudo proteger la contraseña (memoria insuficiente).</translation>
    </message>
</context>
<context>
    <name>cca::assessment</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
</context>
<context>
    <name>cca::assessment::AnswerWidget</name>
    <message>
        <source>1.  True</source>
        <translation>1.  Verdadero</translation>
    </message>
    <message>
        <source>2.  False</source>
        <translation>2.  Falso</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Escriba su respuesta</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>Su respuesta (un número)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>A trainer marks this answer later.</source>
        <translation>Un instructor calificará esta respuesta más adelante.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>between %1 and %2 words</source>
        <translation>entre %1 y %2 palabras</translation>
    </message>
    <message>
        <source>at least %1 words</source>
        <translation>al menos %1 palabras</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>Elementos que ordenar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Subir el elemento seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Bajar el elemento seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Picture: click the places the question asks for</source>
        <translation>Imagen: haga clic en los lugares que pide la pregunta</translation>
    </message>
    <message>
        <source>Choose an area of the picture</source>
        <translation>Elija una zona de la imagen</translation>
    </message>
    <message>
        <source>Mark this area</source>
        <translation>Marcar esta zona</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Borrar marcas</translation>
    </message>
    <message>
        <source>%1 of %2 marks placed</source>
        <translation>%1 de %2 marcas colocadas</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Una palabra o frase</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Hueco %1</translation>
    </message>
    <message>
        <source>Read this, then go on. No answer is needed.</source>
        <translation>Lea esto y continúe. No hace falta responder.</translation>
    </message>
</context>
<context>
    <name>cca::assessment::QuizPage</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>Seguir respondiendo</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Question %1, answered</source>
        <translation>Pregunta %1, respondida</translation>
    </message>
    <message>
        <source>Question %1, not answered</source>
        <translation>Pregunta %1, sin responder</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Aún no aprobado</translation>
    </message>
    <message>
        <source>%1 of %2 questions fully right · pass mark %3%</source>
        <translation>%1 de %2 preguntas totalmente correctas · nota mínima %3%</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>Volver al módulo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Su respuesta: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Practice: check each answer as you go and try again up to %n time(s). Nothing here counts against you.</source>
        <translation>
            <numerusform>Práctica: compruebe cada respuesta sobre la marcha y vuelva a intentarlo hasta %n vez. Nada de esto cuenta en su contra.</numerusform>
            <numerusform>Práctica: compruebe cada respuesta sobre la marcha y vuelva a intentarlo hasta %n veces. Nada de esto cuenta en su contra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery: answer questions one after another. You are done when %1 of your last %2 answers are right.</source>
        <translation>Dominio: responda a las preguntas una tras otra. Terminará cuando acierte %1 de sus últimas %2 respuestas.</translation>
    </message>
    <message>
        <source>Exam: answer every question, then submit. You see your results after submitting.</source>
        <translation>Examen: responda a todas las preguntas y luego envíelas. Verá sus resultados después del envío.</translation>
    </message>
    <message>
        <source>your last attempt counts</source>
        <translation>cuenta su último intento</translation>
    </message>
    <message>
        <source>your first attempt counts</source>
        <translation>cuenta su primer intento</translation>
    </message>
    <message>
        <source>the average of your attempts counts</source>
        <translation>cuenta la media de sus intentos</translation>
    </message>
    <message>
        <source>your best attempt counts</source>
        <translation>cuenta su mejor intento</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <source>Mark this question to come back to it (Ctrl+Shift+F)</source>
        <translation>Marcar esta pregunta para volver a ella más tarde (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Check this answer (Ctrl+Return)</source>
        <translation>Comprobar esta respuesta (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Filled: answered. Outlined: on screen. ⚑: flagged.</source>
        <translation>Relleno: respondida. Con borde: en pantalla. ⚑: marcada.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation>nota mínima %1%</translation>
    </message>
    <message numerus="yes">
        <source>time limit %n minute(s); the clock keeps running if you close the app</source>
        <translation>
            <numerusform>límite de tiempo: %n minuto; el reloj sigue corriendo aunque cierre la aplicación</numerusform>
            <numerusform>límite de tiempo: %n minutos; el reloj sigue corriendo aunque cierre la aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 attempts used</source>
        <translation>%1 de %2 intentos usados</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>intentos ilimitados</translation>
    </message>
    <message>
        <source>Your grade: %1% · %2</source>
        <translation>Su calificación: %1% · %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>aún no aprobado</translation>
    </message>
    <message>
        <source>Continue the attempt</source>
        <translation>Continuar el intento</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>Empezar un nuevo intento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>You have used every attempt this assessment allows.</source>
        <translation>Ha usado todos los intentos que permite esta evaluación.</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>Sus intentos</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <source>Choose one answer (or press its number).</source>
        <translation>Elija una respuesta (o pulse su número).</translation>
    </message>
    <message>
        <source>Choose every answer that applies (or press their numbers).</source>
        <translation>Elija todas las respuestas que correspondan (o pulse sus números).</translation>
    </message>
    <message>
        <source>Choose the matching answer for each line.</source>
        <translation>Elija la respuesta correspondiente para cada línea.</translation>
    </message>
    <message>
        <source>Put the items in the right order: drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>Ponga los elementos en el orden correcto: arrástrelos, o seleccione uno y pulse Alt+Arriba / Alt+Abajo.</translation>
    </message>
    <message>
        <source>Choose the right group for each item.</source>
        <translation>Elija el grupo correcto para cada elemento.</translation>
    </message>
    <message>
        <source>Click the right places on the picture, or choose an area from the list and press Mark.</source>
        <translation>Haga clic en los lugares correctos de la imagen, o elija una zona de la lista y pulse «Marcar esta zona».</translation>
    </message>
    <message>
        <source>Fill in each numbered blank.</source>
        <translation>Rellene cada hueco numerado.</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>Responda primero.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcta.</translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation>Parcialmente correcta.</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Incorrecta.</translation>
    </message>
    <message numerus="yes">
        <source>Try again: %n try(s) left.</source>
        <translation>
            <numerusform>Vuelva a intentarlo: le queda %n intento.</numerusform>
            <numerusform>Vuelva a intentarlo: le quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Respuesta correcta:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %2 answers right · %3 needed · %n answered so far</source>
        <translation>
            <numerusform>%1 de sus últimas %2 respuestas correctas · se necesitan %3 · %n respondida hasta ahora</numerusform>
            <numerusform>%1 de sus últimas %2 respuestas correctas · se necesitan %3 · %n respondidas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>Time left %1:%2</source>
        <translation>Tiempo restante %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>Todas respondidas: %n pregunta.</numerusform>
            <numerusform>Todas respondidas: %n preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet; they score nothing.</source>
        <translation>
            <numerusform>%n pregunta aún sin responder; no obtendrá puntos.</numerusform>
            <numerusform>%n preguntas aún sin responder; no obtendrán puntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n pregunta marcada para revisar.</numerusform>
            <numerusform>%n preguntas marcadas para revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit now? You cannot change your answers afterwards.</source>
        <translation>¿Enviar ahora? Después no podrá cambiar sus respuestas.</translation>
    </message>
    <message>
        <source>%1 of your last %2 answers were right.</source>
        <translation>Acertó %1 de sus últimas %2 respuestas.</translation>
    </message>
    <message>
        <source>Your answers were submitted.</source>
        <translation>Sus respuestas se enviaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s) will be marked by a trainer.</source>
        <translation>
            <numerusform>Un instructor calificará %n respuesta escrita.</numerusform>
            <numerusform>Un instructor calificará %n respuestas escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>To be marked</source>
        <translation>Pendiente de calificar</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Parcialmente correcta</translation>
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
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Questions you missed come back here, spaced out over days so they stick (the SM-2 method). A right answer moves the next review further away.</source>
        <translation>Las preguntas que falló vuelven aquí, espaciadas a lo largo de varios días para que se le queden grabadas (el método SM-2). Si responde bien, el siguiente repaso se aplaza más.</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>All caught up. No reviews are due today.</source>
        <translation>Todo al día. Hoy no tiene repasos pendientes.</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>Responda primero.</translation>
    </message>
    <message>
        <source>Right. It comes back in a few days.</source>
        <translation>Correcta. Volverá dentro de unos días.</translation>
    </message>
    <message>
        <source>Not right. It comes back tomorrow.</source>
        <translation>Incorrecta. Volverá mañana.</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Respuesta correcta:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>cca::certificates</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Por la presente se certifica que</translation>
    </message>
    <message>
        <source>Service number %1</source>
        <translation>Número de placa %1</translation>
    </message>
    <message>
        <source>completed the training module</source>
        <translation>ha completado el módulo de formación</translation>
    </message>
    <message>
        <source>Version %1  ·  Score %2%  ·  %3</source>
        <translation>Versión %1  ·  Puntuación %2%  ·  %3</translation>
    </message>
    <message>
        <source>Verification code: %1
Check it in Crypto Crime Academy (Verify certificate) or with &quot;ccacademy-cli certificate verify %1&quot; on the training unit&apos;s records.</source>
        <translation>Código de verificación: %1
Puede comprobarlo en Crypto Crime Academy (Verificar certificado) o con «ccacademy-cli certificate verify %1» sobre los registros de la unidad de formación.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
</context>
<context>
    <name>cca::content::CatalogPage</name>
    <message>
        <source>Introductory</source>
        <translation>Introductorio</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <source>Wallets and seizure</source>
        <translation>Billeteras e incautación</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Rastreo de fondos</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>Ingeniería social</translation>
    </message>
    <message>
        <source>Legal process</source>
        <translation>Procedimiento legal</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Search courses by title, summary or tag</source>
        <translation>Buscar cursos por título, resumen o etiqueta</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filtrar por nivel</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Filter by duration</source>
        <translation>Filtrar por duración</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation>Hasta 30 minutos</translation>
    </message>
    <message>
        <source>Up to 60 minutes</source>
        <translation>Hasta 60 minutos</translation>
    </message>
    <message>
        <source>Longer than 60 minutes</source>
        <translation>Más de 60 minutos</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed · %1%</source>
        <translation>Completado · %1%</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 de %2 lecciones</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repasar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>Todavía no hay módulos instalados.</translation>
    </message>
    <message>
        <source>No course matches the search and filters. Clear them to see every course.</source>
        <translation>Ningún curso coincide con la búsqueda y los filtros. Bórrelos para ver todos los cursos.</translation>
    </message>
    <message>
        <source>Modules that cannot be opened</source>
        <translation>Módulos que no se pueden abrir</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… y %n problema más</numerusform>
            <numerusform>… y %n problemas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::content::LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>This lesson&apos;s file could not be read: %1</source>
        <translation>No se pudo leer el archivo de esta lección: %1</translation>
    </message>
</context>
<context>
    <name>cca::content::LessonPlayer</name>
    <message>
        <source>Back to the module (Esc)</source>
        <translation>Volver al módulo (Esc)</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>Volver al módulo</translation>
    </message>
    <message>
        <source>Show or hide the outline</source>
        <translation>Mostrar u ocultar el índice</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lecciones completadas</translation>
    </message>
    <message>
        <source>Lesson outline</source>
        <translation>Índice de lecciones</translation>
    </message>
    <message>
        <source>Web link copied (lessons never open the network):
%1</source>
        <translation>Enlace web copiado (las lecciones nunca acceden a la red):
%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Lección anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Lección siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lección %1 de %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>Aún no completada</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation>%1 de %2 lecciones completadas</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lección siguiente</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>Hacer el cuestionario</translation>
    </message>
    <message>
        <source>Finish module</source>
        <translation>Terminar el módulo</translation>
    </message>
</context>
<context>
    <name>cca::content::LessonRenderer</name>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Legal note</source>
        <translation>Nota legal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cca::content::MediaPanel</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Ctrl+Space)</source>
        <translation>Reproducir o pausar (Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
</context>
<context>
    <name>cca::content::ModulePage</name>
    <message>
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Review the module</source>
        <translation>Repasar el módulo</translation>
    </message>
    <message>
        <source>Continue: lesson %1 of %2</source>
        <translation>Continuar: lección %1 de %2</translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation>Empezar el módulo</translation>
    </message>
    <message>
        <source>Completed · best score %1%</source>
        <translation>Completado · mejor puntuación: %1%</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed</source>
        <translation>%1 de %2 lecciones completadas</translation>
    </message>
    <message>
        <source>After this module you can</source>
        <translation>Al terminar este módulo podrá</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation>%1. %2  ·  %3</translation>
    </message>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation>Lección %1: %2, %3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>no completada</translation>
    </message>
    <message numerus="yes">
        <source>Quiz: %1  ·  %n question(s), pass mark %2%</source>
        <translation>
            <numerusform>Cuestionario: %1  ·  %n pregunta, nota mínima %2%</numerusform>
            <numerusform>Cuestionario: %1  ·  %n preguntas, nota mínima %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Guardar certificado (PDF)…</translation>
    </message>
</context>
<context>
    <name>cca::progress</name>
    <message>
        <source>This version stores progress in SQLite only; the PostgreSQL central store is not available yet (%1).</source>
        <translation>Esta versión solo guarda el progreso en SQLite; el almacén central en PostgreSQL aún no está disponible (%1).</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqliteProgressStore</name>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>No se puede crear la carpeta de la base de datos: %1</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>el archivo no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>La base de datos %1 está dañada (%2) y no se pudo mover a otro lugar.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the file was not changed.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Crypto Crime Academy (esquema %2; esta versión admite %3). Actualice la aplicación; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>A name and a service number are required.</source>
        <translation>Se requieren un nombre y un número de placa.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;.</source>
        <translation>Rol desconocido: «%1».</translation>
    </message>
    <message>
        <source>Service number %1 is already used by %2.</source>
        <translation>El número de placa %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>La cohorte necesita un nombre.</translation>
    </message>
    <message>
        <source>A cohort named %1 exists already.</source>
        <translation>Ya existe una cohorte llamada %1.</translation>
    </message>
    <message>
        <source>An assignment needs a module, a due date, and either a cohort or an officer.</source>
        <translation>Una asignación necesita un módulo, una fecha límite y una cohorte o un agente.</translation>
    </message>
    <message>
        <source>No such officer.</source>
        <translation>No existe ese agente.</translation>
    </message>
    <message>
        <source>Service number %1 belongs to another officer on this workstation.</source>
        <translation>El número de placa %1 pertenece a otro agente de este equipo.</translation>
    </message>
</context>
<context>
    <name>cca::shell::HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Le damos la bienvenida, %1</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continúe donde lo dejó</translation>
    </message>
    <message>
        <source>All lessons read · the quiz is next</source>
        <translation>Todas las lecciones leídas · ahora toca el cuestionario</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 · %3 completed</source>
        <translation>Lección %1 de %2 · %3 completadas</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Su siguiente paso</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Empezar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s), about %1</source>
        <translation>
            <numerusform>%n lección, aprox. %1</numerusform>
            <numerusform>%n lecciones, aprox. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Every course is complete. Well done.</source>
        <translation>Ha completado todos los cursos. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>Browse the catalog to review a module or to find new ones.</source>
        <translation>Explore el catálogo para repasar un módulo o buscar otros nuevos.</translation>
    </message>
    <message>
        <source>Browse courses</source>
        <translation>Explorar cursos</translation>
    </message>
    <message>
        <source>No modules are installed yet.</source>
        <translation>Todavía no hay módulos instalados.</translation>
    </message>
    <message>
        <source>Ask your trainer or administrator to install training modules.</source>
        <translation>Pida a su instructor o administrador que instale los módulos de formación.</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 de %2 lecciones</translation>
    </message>
    <message>
        <source>best quiz score %1%</source>
        <translation>mejor puntuación del cuestionario: %1%</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completado el %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repasar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due today</source>
        <translation>
            <numerusform>%n repaso pendiente hoy</numerusform>
            <numerusform>%n repasos pendientes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due today</source>
        <translation>Hoy no hay repasos pendientes</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Empezar el repaso</translation>
    </message>
    <message>
        <source>Questions you miss come back here.</source>
        <translation>Las preguntas que falle volverán aquí.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignados a usted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Fuera de plazo: la fecha límite era el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fecha límite: %1</translation>
    </message>
</context>
<context>
    <name>cca::shell::MainWindow</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
    <message>
        <source>Crypto Crime
Academy</source>
        <translation>Crypto Crime
Academy</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>Cambiar de agente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Switch officer…</source>
        <translation>&amp;Cambiar de agente…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Cursos</translation>
    </message>
    <message>
        <source>&amp;Find a course</source>
        <translation>&amp;Buscar un curso</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Crypto Crime Academy</source>
        <translation>&amp;Acerca de Crypto Crime Academy</translation>
    </message>
    <message>
        <source>About Crypto Crime Academy</source>
        <translation>Acerca de Crypto Crime Academy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crypto Crime Academy %1&lt;/h3&gt;&lt;p&gt;Training for police officers who handle crypto wallets, trace funds and recognise the scams behind them. Works offline.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crypto Crime Academy %1&lt;/h3&gt;&lt;p&gt;Formación para agentes de policía que manejan billeteras de criptomonedas, rastrean fondos y reconocen las estafas que hay detrás. Funciona sin conexión.&lt;/p&gt;&lt;p&gt;Iconos: Lucide (licencia ISC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1. Check the disk and the database file in Settings.</source>
        <translation>No se pudo guardar su progreso: %1. Compruebe el disco y el archivo de la base de datos en Configuración.</translation>
    </message>
    <message>
        <source>Time is up. Your answers so far were submitted.</source>
        <translation>Se acabó el tiempo. Se enviaron las respuestas que había dado hasta ahora.</translation>
    </message>
    <message>
        <source>The time for this attempt ran out while the app was closed. Your answers were submitted.</source>
        <translation>El tiempo de este intento se agotó mientras la aplicación estaba cerrada. Sus respuestas se enviaron.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Importar preguntas</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Repaso (%1)</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>Verificar certificado</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>Certificado guardado: %1</translation>
    </message>
    <message>
        <source>The certificate could not be saved: %1</source>
        <translation>No se pudo guardar el certificado: %1</translation>
    </message>
    <message>
        <source>There is no certificate for this module yet: complete it first.</source>
        <translation>Todavía no hay ningún certificado para este módulo: complételo primero.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Saved. It is asked for the next time you sign in.</source>
        <translation>Guardado. Se le pedirá la próxima vez que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>cca::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>cca::shell::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Changes apply at once. Lessons appear in the chosen language where the module has it, otherwise in English.</source>
        <translation>Los cambios se aplican de inmediato. Las lecciones se muestran en el idioma elegido si el módulo lo incluye; si no, en inglés.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Base de datos de progreso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A copy of the progress database is taken every day, week and month when the app starts (7 daily, 4 weekly and 12 monthly copies are kept).</source>
        <translation>Al iniciarse la aplicación, se hace una copia de la base de datos de progreso cada día, cada semana y cada mes (se conservan 7 copias diarias, 4 semanales y 12 mensuales).</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore the selected backup at the next start</source>
        <translation>Restaurar la copia seleccionada en el próximo inicio</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3 KB</source>
        <translation>%1  ·  %2  ·  %3 KB</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Copia de seguridad guardada: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Esta copia de seguridad está dañada y no se puede restaurar: %1</translation>
    </message>
    <message>
        <source>The backup will be restored when the app next starts. Close the app and start it again; the current database will be kept beside it.</source>
        <translation>La copia de seguridad se restaurará la próxima vez que se inicie la aplicación. Cierre la aplicación y vuelva a iniciarla; la base de datos actual se conservará junto a ella.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>Las dos entradas no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Your PIN (optional)</source>
        <translation>Su PIN (opcional)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>Al menos 8 caracteres, con un número o símbolo</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty to remove</source>
        <translation>De 4 a 8 dígitos, o déjelo vacío para quitarlo</translation>
    </message>
    <message>
        <source>This profile has no password on this workstation yet. Set one to use the trainer tools.</source>
        <translation>Este perfil aún no tiene contraseña en este equipo. Establezca una para usar las herramientas de instructor.</translation>
    </message>
</context>
<context>
    <name>cca::shell::SignInPage</name>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
    <message>
        <source>Short, practical lessons that prepare police officers to handle crypto wallets, trace funds and recognise the scams behind them.</source>
        <translation>Lecciones breves y prácticas que preparan a los agentes de policía para manejar billeteras de criptomonedas, rastrear fondos y reconocer las estafas que hay detrás.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>¿Quién inicia sesión?</translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation>Nuevo perfil de agente</translation>
    </message>
    <message>
        <source>e.g. Chan Tai Man</source>
        <translation>p. ej., Juan Pérez</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>p. ej., 12345</translation>
    </message>
    <message>
        <source>e.g. District Crime Squad</source>
        <translation>p. ej., Unidad de Investigación Criminal</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>Crear perfil e iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s display name.</source>
        <translation>Escriba el nombre visible del agente.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>Escriba el número de placa del agente.</translation>
    </message>
    <message>
        <source>Welcome. Create the first profile to begin.</source>
        <translation>Le damos la bienvenida. Cree el primer perfil para empezar.</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>The first profile on a new workstation is its administrator.</source>
        <translation>El primer perfil que se crea en un equipo nuevo es su administrador.</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN (opcional)</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>At least 8 characters, with a digit or symbol</source>
        <translation>Al menos 8 caracteres, con un número o símbolo</translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty</source>
        <translation>De 4 a 8 dígitos, o déjelo vacío</translation>
    </message>
    <message>
        <source>The two entries do not match. Type them again.</source>
        <translation>Las dos entradas no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
</context>
<context>
    <name>cca::shell::StartupTasks</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation>Se restauró la copia de seguridad %1. La base de datos anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CertificateVerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verificar un certificado</translation>
    </message>
    <message>
        <source>Type the verification code printed on the certificate, or scan its QR code into the field. The answer comes from this database&apos;s records.</source>
        <translation>Escriba el código de verificación impreso en el certificado o escanee su código QR en el campo. La respuesta procede de los registros de esta base de datos.</translation>
    </message>
    <message>
        <source>e.g. CCA-7K3M-Q9PX-2D4W</source>
        <translation>p. ej., CCA-7K3M-Q9PX-2D4W</translation>
    </message>
    <message>
        <source>Verification code or QR text</source>
        <translation>Código de verificación o texto del QR</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation>Auténtico.</translation>
    </message>
    <message>
        <source>Altered: the certificate does not match the record. Treat it as not valid.</source>
        <translation>Alterado: el certificado no coincide con el registro. Considérelo no válido.</translation>
    </message>
    <message>
        <source>Unknown: no certificate with this code was issued from this database.</source>
        <translation>Desconocido: esta base de datos no ha emitido ningún certificado con este código.</translation>
    </message>
    <message>
        <source>Record: %1 (%2), module %3 version %4, score %5%, issued %6</source>
        <translation>Registro: %1 (%2), módulo %3, versión %4, puntuación %5%, emitido el %6</translation>
    </message>
</context>
<context>
    <name>cca::trainer::CohortsPage</name>
    <message>
        <source>Cohorts and assignments</source>
        <translation>Cohortes y asignaciones</translation>
    </message>
    <message>
        <source>Only trainers and administrators can manage cohorts.</source>
        <translation>Solo los instructores y los administradores pueden gestionar cohortes.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>New cohort, e.g. Intake 2026-11</source>
        <translation>Nueva cohorte, p. ej., Promoción 2026-11</translation>
    </message>
    <message>
        <source>Name of a new cohort</source>
        <translation>Nombre de la nueva cohorte</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>Crear cohorte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members: tick the officers in this cohort</source>
        <translation>Miembros: marque los agentes de esta cohorte</translation>
    </message>
    <message>
        <source>Save members</source>
        <translation>Guardar miembros</translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation>Módulos asignados</translation>
    </message>
    <message>
        <source>Module to assign</source>
        <translation>Módulo que asignar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>Create a cohort, tick its members, then assign modules with a due date.</source>
        <translation>Cree una cohorte, marque sus miembros y después asigne módulos con una fecha límite.</translation>
    </message>
    <message>
        <source>%1  ·  due %2  ·  %3 of %4 completed</source>
        <translation>%1  ·  fecha límite: %2  ·  completado por %3 de %4</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n agente fuera de plazo</numerusform>
            <numerusform>%n agentes fuera de plazo</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort %1 created. Tick its members and save.</source>
        <translation>Cohorte %1 creada. Marque sus miembros y guarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) saved.</source>
        <translation>
            <numerusform>Se guardó %n miembro.</numerusform>
            <numerusform>Se guardaron %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned. Members see it on their Home page.</source>
        <translation>Asignado. Los miembros lo verán en su página de Inicio.</translation>
    </message>
</context>
<context>
    <name>cca::trainer::QuestionImportPage</name>
    <message>
        <source>Import questions</source>
        <translation>Importar preguntas</translation>
    </message>
    <message>
        <source>Only trainers and administrators can import questions.</source>
        <translation>Solo los instructores y los administradores pueden importar preguntas.</translation>
    </message>
    <message>
        <source>Bring a question bank written for Moodle or another tool: GIFT, Moodle XML or Aiken. Every question that can be taken over is converted to this app&apos;s format; anything that cannot is listed with its line, never dropped silently.</source>
        <translation>Traiga un banco de preguntas escrito para Moodle u otra herramienta: GIFT, Moodle XML o Aiken. Cada pregunta que se pueda aprovechar se convierte al formato de esta aplicación; lo que no, aparece en una lista con su línea y nunca se descarta sin avisar.</translation>
    </message>
    <message>
        <source>Question bank file</source>
        <translation>Archivo del banco de preguntas</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
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
        <translation>Importar</translation>
    </message>
    <message>
        <source>Imported questions</source>
        <translation>Preguntas importadas</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>Problemas, por línea</translation>
    </message>
    <message>
        <source>Save as question file…</source>
        <translation>Guardar como archivo de preguntas…</translation>
    </message>
    <message>
        <source>Choose a question bank</source>
        <translation>Elija un banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.txt *.gift *.xml);;All files (*)</source>
        <translation>Bancos de preguntas (*.txt *.gift *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder for questions.json (e.g. the module&apos;s assessments folder)</source>
        <translation>Carpeta para questions.json (p. ej., la carpeta assessments del módulo)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n pregunta importada</numerusform>
            <numerusform>%n preguntas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n no se pudo importar</numerusform>
            <numerusform>%n no se pudieron importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved %1. Refer to it from an assessment&apos;s &quot;questions&quot; field in module.json, then run ccacademy-cli validate.</source>
        <translation>Se guardó %1. Haga referencia a él desde el campo «questions» de una evaluación en module.json y luego ejecute ccacademy-cli validate.</translation>
    </message>
</context>
<context>
    <name>cca::trainer::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Only trainers and administrators can see reports.</source>
        <translation>Solo los instructores y los administradores pueden ver los informes.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation>Panel de la cohorte</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Análisis de preguntas</translation>
    </message>
    <message>
        <source>Officer transcript</source>
        <translation>Expediente del agente</translation>
    </message>
    <message>
        <source>Cohort, assessment or officer</source>
        <translation>Cohorte, evaluación o agente</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>No cohort yet. Create one under Cohorts.</source>
        <translation>Aún no hay ninguna cohorte. Cree una en Cohortes.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Passed the exam</source>
        <translation>Aprobaron el examen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aprobados</translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation>Mejor puntuación media</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Completion and pass rate per module (%)</source>
        <translation>Finalización y tasa de aprobados por módulo (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Numbers are beside the chart in the table below; click a column to sort.</source>
        <translation>
            <numerusform>%n miembro. Las cifras del gráfico figuran en la tabla inferior; haga clic en una columna para ordenar.</numerusform>
            <numerusform>%n miembros. Las cifras del gráfico figuran en la tabla inferior; haga clic en una columna para ordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>demasiado difícil</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>demasiado fácil</translation>
    </message>
    <message>
        <source>strong officers get it wrong: check the key</source>
        <translation>los agentes con mejores resultados fallan: compruebe la respuesta correcta</translation>
    </message>
    <message>
        <source>does not separate strong and weak</source>
        <translation>no distingue entre agentes con buenos y malos resultados</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Difficulty (p)</source>
        <translation>Dificultad (p)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Opciones elegidas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message numerus="yes">
        <source>Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of the score. %n question(s) flagged.</source>
        <translation>
            <numerusform>La dificultad es la proporción de respuestas correctas; la discriminación es la correlación biserial puntual con el resto de la puntuación. %n pregunta señalada.</numerusform>
            <numerusform>La dificultad es la proporción de respuestas correctas; la discriminación es la correlación biserial puntual con el resto de la puntuación. %n preguntas señaladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completado el %1</translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 de %2 lecciones</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Every module, attempt, score, date and content version of this officer.</source>
        <translation>Todos los módulos, intentos, puntuaciones, fechas y versiones de contenido de este agente.</translation>
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
</TS>
