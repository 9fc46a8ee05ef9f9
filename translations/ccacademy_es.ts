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
    <message>
        <source>Central progress database</source>
        <translation>Base de datos central de progreso</translation>
    </message>
    <message>
        <source>%1

Password for the central database:</source>
        <translation>%1

Contraseña de la base de datos central:</translation>
    </message>
    <message>
        <source>The central progress database cannot be used: %1</source>
        <translation>No se puede usar la base de datos central de progreso: %1</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file for now</source>
        <translation>Usar por ahora el archivo de este equipo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>No se puede ejecutar la sentencia</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>No se pueden enlazar los parámetros</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>No se puede obtener la fila</translation>
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
    <message>
        <source>In the scam reference</source>
        <translation>En la guía de estafas</translation>
    </message>
    <message>
        <source>The scams this module teaches, with red flags and first-response checklists.</source>
        <translation>Las estafas que enseña este módulo, con sus señales de alerta y listas de comprobación para la primera intervención.</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Exercises on realistic cases. Your best result is kept; try again as often as you like.</source>
        <translation>Ejercicios sobre casos realistas. Se guarda su mejor resultado; puede repetirlos tantas veces como quiera.</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>Simulación de chat</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>Simulación de llamada</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>Intervención (juego de roles)</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>Laboratorio de billeteras</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>Laboratorio de rastreo</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún sin intentar</translation>
    </message>
    <message>
        <source>best %1 of %2</source>
        <translation>mejor resultado: %1 de %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>cca::progress::PostgresProgressStore</name>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>%1 no es una dirección de PostgreSQL. Escríbala como postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <source>The address %1 names no user. Write it as postgresql://user@host:port/database.</source>
        <translation>La dirección %1 no indica ningún usuario. Escríbala como postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this workstation (Debian package libqt6sql6-psql); cannot reach %1.</source>
        <translation>El controlador de PostgreSQL de Qt no está instalado en este equipo (paquete de Debian libqt6sql6-psql); no se puede acceder a %1.</translation>
    </message>
    <message>
        <source>The option %1 in %2 is not allowed.</source>
        <translation>No se permite la opción %1 en %2.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>El servidor %1 pide una contraseña.</translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation>El servidor %1 rechazó la contraseña.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Crypto Crime Academy (schema %2; this version knows %3). Update the app; the database was not changed.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Crypto Crime Academy (esquema %2; esta versión admite %3). Actualice la aplicación; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>cca::progress::SqlProgressStore</name>
    <message>
        <source>A name and a service number are required.</source>
        <translation>Se necesitan un nombre y un número de placa.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;.</source>
        <translation>Rol desconocido: &apos;%1&apos;.</translation>
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
        <translation>El agente no existe.</translation>
    </message>
    <message>
        <source>Service number %1 belongs to another officer on this workstation.</source>
        <translation>El número de placa %1 pertenece a otro agente de este equipo.</translation>
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
</context>
<context>
    <name>cca::reference::IndicatorPage</name>
    <message>
        <source>Cryptocurrency address</source>
        <translation>Dirección de criptomoneda</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Hash de transacción</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>ENS name (Ethereum Name Service)</source>
        <translation>Nombre ENS (Ethereum Name Service)</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n dirección</numerusform>
            <numerusform>%n direcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction hash(es)</source>
        <translation>
            <numerusform>%n hash de transacción</numerusform>
            <numerusform>%n hashes de transacción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web address(es)</source>
        <translation>
            <numerusform>%n dirección web</numerusform>
            <numerusform>%n direcciones web</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain name(s)</source>
        <translation>
            <numerusform>%n nombre de dominio</numerusform>
            <numerusform>%n nombres de dominio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n dirección de correo electrónico</numerusform>
            <numerusform>%n direcciones de correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de teléfono</numerusform>
            <numerusform>%n números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENS name(s)</source>
        <translation>
            <numerusform>%n nombre ENS</numerusform>
            <numerusform>%n nombres ENS</numerusform>
        </translation>
    </message>
    <message>
        <source>Legacy (P2PKH)</source>
        <translation>Heredada (P2PKH)</translation>
    </message>
    <message>
        <source>Script address (P2SH)</source>
        <translation>Dirección de script (P2SH)</translation>
    </message>
    <message>
        <source>SegWit (P2WPKH)</source>
        <translation>SegWit (P2WPKH)</translation>
    </message>
    <message>
        <source>SegWit script (P2WSH)</source>
        <translation>Script SegWit (P2WSH)</translation>
    </message>
    <message>
        <source>Taproot (P2TR)</source>
        <translation>Taproot (P2TR)</translation>
    </message>
    <message>
        <source>SegWit version %1</source>
        <translation>SegWit versión %1</translation>
    </message>
    <message>
        <source>EIP-55 checksum</source>
        <translation>Suma de comprobación EIP-55</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Hexadecimal</translation>
    </message>
    <message>
        <source>Hexadecimal with 0x</source>
        <translation>Hexadecimal con 0x</translation>
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
        <translation>Dirección clásica</translation>
    </message>
    <message>
        <source>X-address (address and tag)</source>
        <translation>Dirección X (dirección y etiqueta)</translation>
    </message>
    <message>
        <source>Public key (Base58)</source>
        <translation>Clave pública (Base58)</translation>
    </message>
    <message>
        <source>Standard address</source>
        <translation>Dirección estándar</translation>
    </message>
    <message>
        <source>Integrated address (with payment ID)</source>
        <translation>Dirección integrada (con ID de pago)</translation>
    </message>
    <message>
        <source>Subaddress</source>
        <translation>Subdirección</translation>
    </message>
    <message>
        <source>ENS name</source>
        <translation>Nombre ENS</translation>
    </message>
    <message>
        <source>International number</source>
        <translation>Número internacional</translation>
    </message>
    <message>
        <source>Hong Kong local number</source>
        <translation>Número local de Hong Kong</translation>
    </message>
    <message>
        <source>Main network</source>
        <translation>Red principal</translation>
    </message>
    <message>
        <source>Test network (coins have no value)</source>
        <translation>Red de pruebas (las monedas no tienen valor)</translation>
    </message>
    <message>
        <source>Developer test network (coins have no value)</source>
        <translation>Red de pruebas para desarrolladores (las monedas no tienen valor)</translation>
    </message>
    <message>
        <source>Stage network (coins have no value)</source>
        <translation>Red de preproducción (las monedas no tienen valor)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>fecha de inclusión: %1</translation>
    </message>
    <message>
        <source>This name imitates a well-known crypto service.</source>
        <translation>Este nombre imita a un servicio de criptomonedas conocido.</translation>
    </message>
    <message>
        <source>This looks like %1 (%2), but it is not their address.</source>
        <translation>Se parece a %1 (%2), pero no es su dirección.</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>Comprobador de indicadores</translation>
    </message>
    <message>
        <source>&amp;Check text</source>
        <translation>&amp;Comprobar texto</translation>
    </message>
    <message>
        <source>Co&amp;mpare addresses</source>
        <translation>Co&amp;mparar direcciones</translation>
    </message>
    <message>
        <source>&amp;Watchlists</source>
        <translation>&amp;Listas de vigilancia</translation>
    </message>
    <message>
        <source>Everything is checked on this computer: nothing you paste is sent anywhere.</source>
        <translation>Todo se comprueba en este equipo: nada de lo que pegue se envía a ninguna parte.</translation>
    </message>
    <message>
        <source>Paste a chat message, payment instruction or address</source>
        <translation>Pegue un mensaje de chat, una instrucción de pago o una dirección</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Texto que comprobar</translation>
    </message>
    <message>
        <source>Checked as you type. Ctrl+Enter checks at once.</source>
        <translation>Se comprueba mientras escribe. Ctrl+Enter lo comprueba al instante.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the text now (Ctrl+Enter); it is also checked as you type</source>
        <translation>Comprobar el texto ahora (Ctrl+Enter); también se comprueba mientras escribe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation>Borrar el texto y los resultados</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Copiar resultados como texto</translation>
    </message>
    <message>
        <source>Every indicator with what it is and what to do next, for an e-mail or the case file</source>
        <translation>Cada indicador, con lo que es y lo que hay que hacer a continuación, para un correo electrónico o el expediente del caso</translation>
    </message>
    <message>
        <source>Save as note…</source>
        <translation>Guardar como nota…</translation>
    </message>
    <message>
        <source>Save the results as a text file for the case (Ctrl+S)</source>
        <translation>Guardar los resultados como archivo de texto para el caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the indicator note</source>
        <translation>Guardar la nota de indicadores</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>Nota guardada: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>Address poisoning check</source>
        <translation>Comprobación de envenenamiento de direcciones</translation>
    </message>
    <message>
        <source>Scammers send a tiny payment from an address that starts and ends like one the victim uses, hoping the victim later copies it from the wallet history. Paste the address the victim meant to pay and the address the money actually went to.</source>
        <translation>Los estafadores envían un pago minúsculo desde una dirección que empieza y termina como una que usa la víctima, con la esperanza de que más adelante la víctima la copie del historial de la billetera. Pegue la dirección a la que la víctima quería pagar y la dirección a la que fue realmente el dinero.</translation>
    </message>
    <message>
        <source>Address the victim meant to &amp;pay</source>
        <translation>Dirección a la que la víctima quería &amp;pagar</translation>
    </message>
    <message>
        <source>Address they &amp;actually paid</source>
        <translation>Dirección a la que &amp;realmente pagó</translation>
    </message>
    <message>
        <source>e.g. from the victim&apos;s own records or the exchange&apos;s deposit page</source>
        <translation>p. ej., de los propios registros de la víctima o de la página de depósito de la plataforma de intercambio</translation>
    </message>
    <message>
        <source>e.g. from the transaction in the wallet history</source>
        <translation>p. ej., de la transacción en el historial de la billetera</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the two addresses (Enter or Ctrl+Enter)</source>
        <translation>Comparar las dos direcciones (Enter o Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Meant</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Underlined: characters that match at the start and at the end, the part people check. In colour without underline: characters that differ.</source>
        <translation>Subrayados: los caracteres que coinciden al principio y al final, la parte que la gente comprueba. En color y sin subrayar: los caracteres que difieren.</translation>
    </message>
    <message>
        <source>Read about address poisoning</source>
        <translation>Leer sobre el envenenamiento de direcciones</translation>
    </message>
    <message>
        <source>Open the scam reference entry: how it works, evidence, first response</source>
        <translation>Abrir la entrada de la guía de estafas: cómo funciona, pruebas, primera intervención</translation>
    </message>
    <message>
        <source>Import a watchlist</source>
        <translation>Importar una lista de vigilancia</translation>
    </message>
    <message>
        <source>A CSV file of known scam addresses, domains and other indicators, for example one your unit shares. Its first row names the columns &lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;; the kind is one of address, domain, url, email, phone, ens or tx_hash, and the date is written YYYY-MM-DD. Rows with a problem are skipped and listed here with their line numbers; the good rows are kept.</source>
        <translation>Un archivo CSV de direcciones, dominios y otros indicadores de estafa conocidos, por ejemplo, uno que comparta su unidad. Su primera fila nombra las columnas &lt;b&gt;value, kind, source, category, date, note&lt;/b&gt;; el tipo (kind) es uno de estos: address, domain, url, email, phone, ens o tx_hash, y la fecha se escribe AAAA-MM-DD. Las filas con algún problema se omiten y se enumeran aquí con su número de línea; las filas correctas se conservan.</translation>
    </message>
    <message>
        <source>Import CSV file…</source>
        <translation>Importar archivo CSV…</translation>
    </message>
    <message>
        <source>Watchlists on this computer</source>
        <translation>Listas de vigilancia en este equipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking %1 characters…</source>
        <translation>Comprobando %1 caracteres…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) found: %1</source>
        <translation>
            <numerusform>%n indicador encontrado: %1</numerusform>
            <numerusform>%n indicadores encontrados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a watchlist</source>
        <translation>
            <numerusform>%n en una lista de vigilancia</numerusform>
            <numerusform>%n en listas de vigilancia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n no válido</numerusform>
            <numerusform>%n no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike(s)</source>
        <translation>
            <numerusform>%n imitación</numerusform>
            <numerusform>%n imitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Paste what the victim was sent&lt;/b&gt; into the box above: a chat message, a payment instruction, an e-mail or just an address.&lt;br&gt;The checker finds cryptocurrency addresses, transaction hashes, web addresses and domains, e-mail addresses, phone numbers and ENS names; says whether each is valid and what it is; flags look-alike sites and anything on your watchlists; and says what to do next.</source>
        <translation>&lt;b&gt;Pegue lo que le enviaron a la víctima&lt;/b&gt; en el cuadro de arriba: un mensaje de chat, una instrucción de pago, un correo electrónico o simplemente una dirección.&lt;br&gt;El comprobador encuentra direcciones de criptomonedas, hashes de transacción, direcciones web y dominios, direcciones de correo electrónico, números de teléfono y nombres ENS; indica si cada uno es válido y qué es; señala los sitios que imitan a otros y todo lo que figure en sus listas de vigilancia; e indica qué hacer a continuación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No indicators found in this text.&lt;/b&gt;&lt;br&gt;Check that the whole address was copied (addresses are long: 26 to 100 characters) and that it was not retyped from a screenshot. Solana addresses are only recognised when the text mentions Solana.</source>
        <translation>&lt;b&gt;No se encontraron indicadores en este texto.&lt;/b&gt;&lt;br&gt;Compruebe que se copió la dirección completa (las direcciones son largas: de 26 a 100 caracteres) y que no se volvió a escribir a mano a partir de una captura de pantalla. Las direcciones de Solana solo se reconocen cuando el texto menciona Solana.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indicators. &quot;Copy results as text&quot; and &quot;Save as note…&quot; include all of them.</source>
        <translation>Se muestran los primeros %1 de %2 indicadores. «Copiar resultados como texto» y «Guardar como nota…» los incluyen todos.</translation>
    </message>
    <message>
        <source>⚑ On a watchlist</source>
        <translation>⚑ En una lista de vigilancia</translation>
    </message>
    <message>
        <source>On a watchlist</source>
        <translation>En una lista de vigilancia</translation>
    </message>
    <message>
        <source>⚠ Look-alike</source>
        <translation>⚠ Imitación</translation>
    </message>
    <message>
        <source>Look-alike</source>
        <translation>Imitación</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Válido</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>✗ Not valid</source>
        <translation>✗ No válido</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Mostrar en el texto</translation>
    </message>
    <message>
        <source>Select where it first appears in the pasted text</source>
        <translation>Seleccionar dónde aparece por primera vez en el texto pegado</translation>
    </message>
    <message>
        <source>Show %1 in the pasted text</source>
        <translation>Mostrar %1 en el texto pegado</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare this address with another one, for address poisoning</source>
        <translation>Comparar esta dirección con otra, para detectar un envenenamiento de direcciones</translation>
    </message>
    <message>
        <source>Compare %1 with another address</source>
        <translation>Comparar %1 con otra dirección</translation>
    </message>
    <message numerus="yes">
        <source>Appears %n times in the text.</source>
        <translation>
            <numerusform>Aparece %n vez en el texto.</numerusform>
            <numerusform>Aparece %n veces en el texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination tag: %1. Give it together with the address: the exchange needs both to find the customer.</source>
        <translation>Etiqueta de destino: %1. Indíquela junto con la dirección: la plataforma de intercambio necesita ambas para encontrar al cliente.</translation>
    </message>
    <message>
        <source>Why it is not valid:</source>
        <translation>Por qué no es válido:</translation>
    </message>
    <message>
        <source>With a correct checksum it would be written &lt;tt&gt;%1&lt;/tt&gt;; do not use that form unless the victim confirms the address from a trusted record.</source>
        <translation>Con una suma de comprobación correcta se escribiría &lt;tt&gt;%1&lt;/tt&gt;; no use esa forma salvo que la víctima confirme la dirección a partir de un registro fiable.</translation>
    </message>
    <message>
        <source>On a watchlist of known scam indicators:</source>
        <translation>En una lista de vigilancia de indicadores de estafa conocidos:</translation>
    </message>
    <message>
        <source>Phishing patterns in the reference</source>
        <translation>Patrones de phishing en la guía</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Qué es:</translation>
    </message>
    <message>
        <source>Explorer (when online):</source>
        <translation>Explorador (con conexión):</translation>
    </message>
    <message>
        <source>Stablecoin issuers that can freeze funds on this chain:</source>
        <translation>Emisores de stablecoins que pueden congelar fondos en esta cadena:</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Qué hacer a continuación:</translation>
    </message>
    <message>
        <source>Indicator check</source>
        <translation>Comprobación de indicadores</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>Redactada: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>Agente: %1 (%2)</translation>
    </message>
    <message>
        <source>No indicators found.</source>
        <translation>No se encontraron indicadores.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NO VÁLIDO</translation>
    </message>
    <message>
        <source>Why it is not valid: %1</source>
        <translation>Por qué no es válido: %1</translation>
    </message>
    <message>
        <source>Destination tag: %1</source>
        <translation>Etiqueta de destino: %1</translation>
    </message>
    <message>
        <source>ON A WATCHLIST: %1</source>
        <translation>EN UNA LISTA DE VIGILANCIA: %1</translation>
    </message>
    <message>
        <source>LOOK-ALIKE: %1 %2</source>
        <translation>IMITACIÓN: %1 %2</translation>
    </message>
    <message>
        <source>What it is: %1</source>
        <translation>Qué es: %1</translation>
    </message>
    <message>
        <source>Explorer (when online): %1</source>
        <translation>Explorador (con conexión): %1</translation>
    </message>
    <message>
        <source>Can freeze stablecoins on this chain: %1</source>
        <translation>Pueden congelar stablecoins en esta cadena: %1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the indicator note)</source>
        <translation>
            <numerusform>…y %n más (véase la nota de indicadores)</numerusform>
            <numerusform>…y %n más (véase la nota de indicadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation>imitación</translation>
    </message>
    <message>
        <source>look-alike of %1</source>
        <translation>imitación de %1</translation>
    </message>
    <message>
        <source>on watchlist %1</source>
        <translation>en la lista de vigilancia %1</translation>
    </message>
    <message numerus="yes">
        <source>The results are on the clipboard: %n indicator(s).</source>
        <translation>
            <numerusform>Los resultados están en el portapapeles: %n indicador.</numerusform>
            <numerusform>Los resultados están en el portapapeles: %n indicadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Same address</source>
        <translation>✓ Misma dirección</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>Misma dirección</translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation>≠ Distintas</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Distintas</translation>
    </message>
    <message>
        <source>Not recognised as an address of a chain this checker knows.</source>
        <translation>No se reconoce como dirección de ninguna cadena que conozca este comprobador.</translation>
    </message>
    <message>
        <source>%1 address, valid.</source>
        <translation>Dirección de %1, válida.</translation>
    </message>
    <message>
        <source>%1 address, NOT valid: %2</source>
        <translation>Dirección de %1, NO válida: %2</translation>
    </message>
    <message>
        <source> after “%1”</source>
        <translation> tras «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The first %n character(s)%1 match</source>
        <translation>
            <numerusform>Coincide el primer carácter%1</numerusform>
            <numerusform>Coinciden los primeros %n caracteres%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 positions differ.</source>
        <translation>Difieren %1 de %2 posiciones.</translation>
    </message>
    <message>
        <source>The two are of different lengths (%1 and %2 characters).</source>
        <translation>Las dos tienen longitudes distintas (%1 y %2 caracteres).</translation>
    </message>
    <message>
        <source>Similarity: %1%.</source>
        <translation>Similitud: %1 %.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treat the paid address as the scammer&apos;s:&lt;/b&gt; record both addresses and the transaction, and look for the tiny &quot;dust&quot; payment from the look-alike in the victim&apos;s history shortly before.</source>
        <translation>&lt;b&gt;Trate la dirección pagada como la del estafador:&lt;/b&gt; anote ambas direcciones y la transacción, y busque en el historial de la víctima, poco antes, el pago minúsculo de «dust» (polvo) enviado desde la dirección que la imita.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se importó nada de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n fila leída</numerusform>
            <numerusform>%1: %n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n ya conocida</numerusform>
            <numerusform>%n ya conocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again; the rows already imported are not duplicated:</source>
        <translation>Corrija estas filas en el archivo y vuelva a importarlo; las filas ya importadas no se duplican:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…y %n problema más.</numerusform>
            <numerusform>…y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the watchlist &lt;b&gt;%1&lt;/b&gt; and its %n entr(y/ies) from this computer? Indicators are no longer matched against it until it is imported again.</source>
        <translation>
            <numerusform>¿Eliminar de este equipo la lista de vigilancia &lt;b&gt;%1&lt;/b&gt; y su %n entrada? Los indicadores dejarán de cotejarse con ella hasta que se vuelva a importar.</numerusform>
            <numerusform>¿Eliminar de este equipo la lista de vigilancia &lt;b&gt;%1&lt;/b&gt; y sus %n entradas? Los indicadores dejarán de cotejarse con ella hasta que se vuelva a importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the watchlist “%1”: %n entr(y/ies).</source>
        <translation>
            <numerusform>Se eliminó la lista de vigilancia «%1»: %n entrada.</numerusform>
            <numerusform>Se eliminó la lista de vigilancia «%1»: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlists are not available on this computer.</source>
        <translation>Las listas de vigilancia no están disponibles en este equipo.</translation>
    </message>
    <message>
        <source>The watchlists cannot be opened: %1</source>
        <translation>No se pueden abrir las listas de vigilancia: %1</translation>
    </message>
    <message>
        <source>&amp;Watchlists (%1)</source>
        <translation>&amp;Listas de vigilancia (%1)</translation>
    </message>
    <message>
        <source>No watchlists yet. Import a CSV file above; each source in it (the &quot;source&quot; column) becomes one watchlist here.</source>
        <translation>Todavía no hay listas de vigilancia. Importe un archivo CSV más arriba; cada fuente que contenga (la columna «source») se convierte aquí en una lista de vigilancia.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>tipos: %1</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>categorías: %1</translation>
    </message>
    <message>
        <source>newest listing %1</source>
        <translation>inclusión más reciente: %1</translation>
    </message>
    <message>
        <source>last added %1</source>
        <translation>última importación: %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the watchlist %1</source>
        <translation>Eliminar la lista de vigilancia %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 imported, %4 already known, %5 skipped</source>
        <translation>%1, %2: %3 importadas, %4 ya conocidas, %5 omitidas</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Importaciones recientes</translation>
    </message>
    <message>
        <source>Kept on this computer in %1</source>
        <translation>Se guarda en este equipo, en %1</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <extracomment>Joins &quot;The first 4 characters after “0x” match&quot; and &quot;the last 5 characters match&quot;.</extracomment>
        <translation>%1, y %2.</translation>
    </message>
    <message numerus="yes">
        <source>the last %n character(s) match</source>
        <translation>
            <numerusform>coincide el último carácter</numerusform>
            <numerusform>coinciden los últimos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4.</source>
        <extracomment>A watchlist import: &quot;file.csv: 3 rows read&quot;, &quot;2 imported&quot;, &quot;0 already known&quot;, &quot;1 skipped&quot;.</extracomment>
        <translation>%1 — %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>cca::reference::Indicators</name>
    <message>
        <source>The checksum does not match: one or more characters are wrong (a typo, a copying error or an altered address). Do not send anything to it; ask for the address again.</source>
        <translation>La suma de comprobación no coincide: uno o más caracteres son incorrectos (una errata, un error al copiarla o una dirección alterada). No envíe nada a esta dirección; vuelva a pedirla.</translation>
    </message>
    <message>
        <source>It contains %1, which Base58 addresses never use (Base58 leaves out 0, O, I and l because they look alike): the address was mistyped or altered.</source>
        <translation>Contiene %1, que las direcciones Base58 nunca usan (Base58 excluye 0, O, I y l porque se parecen): la dirección se escribió mal o fue alterada.</translation>
    </message>
    <message>
        <source>The X-address carries an invalid tag field.</source>
        <translation>La dirección X (X-address) tiene un campo de etiqueta no válido.</translation>
    </message>
    <message>
        <source>It uses the wrong checksum variant for its witness version (BIP350: version 0 uses Bech32, versions 1 and above use Bech32m): likely altered or produced by faulty software.</source>
        <translation>Usa una variante de suma de comprobación incorrecta para su versión de testigo (BIP350: la versión 0 usa Bech32; las versiones 1 y posteriores, Bech32m): probablemente fue alterada o la generó un software defectuoso.</translation>
    </message>
    <message>
        <source>It mixes upper and lower case, which Bech32 addresses never do.</source>
        <translation>Mezcla mayúsculas y minúsculas, algo que las direcciones Bech32 nunca hacen.</translation>
    </message>
    <message>
        <source>It breaks the segwit address rules: %1.</source>
        <translation>Incumple las reglas de las direcciones SegWit: %1.</translation>
    </message>
    <message>
        <source>It breaks the CashAddr rules: %1.</source>
        <translation>Incumple las reglas de CashAddr: %1.</translation>
    </message>
    <message>
        <source>The mixed upper and lower case does not match the EIP-55 checksum: likely a typo or an altered address. Wallets refuse it; ask for the address again.</source>
        <translation>La combinación de mayúsculas y minúsculas no coincide con la suma de comprobación EIP-55: probablemente se trata de una errata o de una dirección alterada. Las billeteras la rechazan; vuelva a pedir la dirección.</translation>
    </message>
    <message>
        <source>It has %1 hexadecimal digits after 0x; an EVM address has exactly 40. Characters were lost or added when it was copied.</source>
        <translation>Tiene %1 dígitos hexadecimales después de 0x; una dirección EVM tiene exactamente 40. Se perdieron o se añadieron caracteres al copiarla.</translation>
    </message>
    <message>
        <source>It contains characters that are not hexadecimal (0-9, a-f); an EVM address is 0x followed by 40 hexadecimal digits.</source>
        <translation>Contiene caracteres que no son hexadecimales (0-9, a-f); una dirección EVM es 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>It uses the name of %1 with a different ending; the genuine site is %2.</source>
        <translation>Usa el nombre de %1 con otra terminación; el sitio auténtico es %2.</translation>
    </message>
    <message>
        <source>It imitates %1 with letters from another alphabet that look the same (an IDN homograph); the genuine site is %2.</source>
        <translation>Imita a %1 con letras de otro alfabeto que parecen idénticas (un homógrafo IDN); el sitio auténtico es %2.</translation>
    </message>
    <message>
        <source>It imitates %1 by swapping look-alike characters (such as 0 for o, 1 or I for l, rn for m); the genuine site is %2.</source>
        <translation>Imita a %1 sustituyendo caracteres parecidos (como 0 por o, 1 o I por l, rn por m); el sitio auténtico es %2.</translation>
    </message>
    <message>
        <source>It adds words or hyphens to the name of %1 (like &quot;-support&quot; or &quot;-login&quot;); %1 uses only %2.</source>
        <translation>Añade palabras o guiones al nombre de %1 (como &quot;-support&quot; o &quot;-login&quot;); %1 solo usa %2.</translation>
    </message>
    <message>
        <source>It differs from %1 by only one or two characters, a typical typo-squatting domain; the genuine site is %2.</source>
        <translation>Se diferencia de %1 en solo uno o dos caracteres, algo típico de un dominio de typosquatting; el sitio auténtico es %2.</translation>
    </message>
    <message>
        <source>It puts the name of %1 in front of an unrelated domain (%2), so the address starts like the genuine one.</source>
        <translation>Pone el nombre de %1 delante de un dominio que no tiene relación con él (%2), de modo que la dirección empieza igual que la auténtica.</translation>
    </message>
    <message>
        <source>It mixes letters from different alphabets (for example Latin and Cyrillic) in one name, which genuine sites avoid.</source>
        <translation>Mezcla letras de distintos alfabetos (por ejemplo, latino y cirílico) en un mismo nombre, algo que los sitios auténticos evitan.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address with a valid EIP-55 checksum (its mixed upper and lower case protects against typos).</source>
        <translation>Una dirección de tipo Ethereum (EVM) con una suma de comprobación EIP-55 válida (su combinación de mayúsculas y minúsculas protege contra las erratas).</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address written in one case only, so it carries no EIP-55 checksum and a typo in it would not be noticed.</source>
        <translation>Una dirección de tipo Ethereum (EVM) escrita solo en minúsculas o solo en mayúsculas, por lo que no lleva suma de comprobación EIP-55 y una errata pasaría inadvertida.</translation>
    </message>
    <message>
        <source>An Ethereum-style (EVM) address whose mixed upper and lower case does not match the EIP-55 checksum.</source>
        <translation>Una dirección de tipo Ethereum (EVM) cuya combinación de mayúsculas y minúsculas no coincide con la suma de comprobación EIP-55.</translation>
    </message>
    <message>
        <source>Something written like an Ethereum-style (EVM) address (0x and hexadecimal digits), but not a complete one.</source>
        <translation>Algo escrito como una dirección de tipo Ethereum (EVM) (0x y dígitos hexadecimales), pero incompleto.</translation>
    </message>
    <message>
        <source>The same address exists on every EVM chain (Ethereum, BNB Chain, Polygon, Arbitrum, Base and others) and may hold funds on several of them: check each chain the case may involve.</source>
        <translation>La misma dirección existe en todas las cadenas EVM (Ethereum, BNB Chain, Polygon, Arbitrum, Base y otras) y puede tener fondos en varias de ellas: compruebe cada cadena que pueda estar implicada en el caso.</translation>
    </message>
    <message>
        <source>A TRON address (Base58Check, version byte 0x41, starts with T). USDT on TRON (TRC-20) is among the stablecoins most used in scams and laundering.</source>
        <translation>Una dirección de TRON (Base58Check, byte de versión 0x41, empieza por T). USDT en TRON (TRC-20) es una de las stablecoins más usadas en estafas y blanqueo de capitales.</translation>
    </message>
    <message>
        <source>An XRP Ledger X-address: the account address and the destination tag packed into one string.</source>
        <translation>Una dirección X (X-address) de XRP Ledger: la dirección de la cuenta y la etiqueta de destino combinadas en una sola cadena de texto.</translation>
    </message>
    <message>
        <source>An XRP Ledger account address (starts with r, Base58Check with the XRP Ledger&apos;s own alphabet). Exchanges receive many customers&apos; deposits on one address and tell them apart by a destination tag, so the tag matters as much as the address.</source>
        <translation>Una dirección de cuenta de XRP Ledger (empieza por r; Base58Check con el alfabeto propio de XRP Ledger). Las plataformas de intercambio reciben en una sola dirección los depósitos de muchos clientes y los distinguen mediante una etiqueta de destino, así que la etiqueta importa tanto como la dirección.</translation>
    </message>
    <message>
        <source>A Solana account address (a 32-byte public key in Base58). Solana addresses carry no checksum, so a typo cannot be detected; it is reported because the text mentions Solana.</source>
        <translation>Una dirección de cuenta de Solana (una clave pública de 32 bytes en Base58). Las direcciones de Solana no llevan suma de comprobación, así que no se puede detectar una errata; se señala porque el texto menciona Solana.</translation>
    </message>
    <message>
        <source>a subaddress, starts with 8 on the main network</source>
        <translation>una subdirección; en la red principal empieza por 8</translation>
    </message>
    <message>
        <source>an integrated address: address and payment ID in one</source>
        <translation>una dirección integrada: dirección e ID de pago en una sola</translation>
    </message>
    <message>
        <source>a standard address, starts with 4 on the main network</source>
        <translation>una dirección estándar; en la red principal empieza por 4</translation>
    </message>
    <message>
        <source>A Monero address (%1). Monero is a privacy coin: senders, receivers and amounts are hidden on its blockchain (ring signatures, one-time stealth addresses, confidential amounts), so the address cannot be followed on an explorer. Tracing works at the edges instead: where funds were swapped into or out of Monero (exchanges, swap services), which can be asked for their records.</source>
        <translation>Una dirección de Monero (%1). Monero es una criptomoneda de privacidad: los remitentes, los destinatarios y los importes están ocultos en su cadena de bloques (firmas en anillo, direcciones ocultas de un solo uso, importes confidenciales), por lo que la dirección no se puede seguir en un explorador. El rastreo se hace, en cambio, en los extremos: dónde se cambiaron los fondos a Monero o desde Monero (plataformas de intercambio, servicios de swap), a los que se pueden pedir sus registros.</translation>
    </message>
    <message>
        <source>A Bitcoin Cash address in CashAddr format (%1; the bitcoincash: prefix may be left out, it is still part of the checksum). Bitcoin Cash split from Bitcoin in 2017; its coins are separate.</source>
        <translation>Una dirección de Bitcoin Cash en formato CashAddr (%1; el prefijo bitcoincash: puede omitirse, pero sigue formando parte de la suma de comprobación). Bitcoin Cash se separó de Bitcoin en 2017; sus monedas son distintas.</translation>
    </message>
    <message>
        <source>script address, starts with p</source>
        <translation>dirección de script, empieza por p</translation>
    </message>
    <message>
        <source>key address, starts with q</source>
        <translation>dirección de clave, empieza por q</translation>
    </message>
    <message>
        <source>a legacy pay-to-public-key-hash address (P2PKH)</source>
        <translation>una dirección heredada de pago a hash de clave pública (P2PKH)</translation>
    </message>
    <message>
        <source>a pay-to-script-hash address (P2SH), often a multi-signature or wrapped SegWit wallet</source>
        <translation>una dirección de pago a hash de script (P2SH), a menudo una billetera multifirma o SegWit encapsulada</translation>
    </message>
    <message>
        <source>a native SegWit version 0 key address (P2WPKH, Bech32)</source>
        <translation>una dirección de clave SegWit nativa de versión 0 (P2WPKH, Bech32)</translation>
    </message>
    <message>
        <source>a native SegWit version 0 script address (P2WSH, Bech32), often a multi-signature wallet</source>
        <translation>una dirección de script SegWit nativa de versión 0 (P2WSH, Bech32), a menudo una billetera multifirma</translation>
    </message>
    <message>
        <source>a Taproot address (SegWit version 1, Bech32m)</source>
        <translation>una dirección Taproot (SegWit versión 1, Bech32m)</translation>
    </message>
    <message>
        <source>a SegWit address of a version no wallet uses yet (Bech32m); no genuine service would hand one out</source>
        <translation>una dirección SegWit de una versión que todavía no usa ninguna billetera (Bech32m); ningún servicio auténtico la proporcionaría</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>una dirección</translation>
    </message>
    <message>
        <source>An address that is valid on %1: %2. The same form is used by both, so check both chains&apos; explorers.</source>
        <translation>Una dirección válida en %1: %2. Ambas cadenas usan el mismo formato, así que consulte los exploradores de las dos.</translation>
    </message>
    <message>
        <source>A %1 address: %2.</source>
        <translation>Una dirección de %1: %2.</translation>
    </message>
    <message>
        <source>Bitcoin Cash also accepts this legacy form.</source>
        <translation>Bitcoin Cash también acepta este formato heredado.</translation>
    </message>
    <message>
        <source>Do not send anything to it and do not search for it as written: ask for the original message or a screenshot and copy the address exactly.</source>
        <translation>No envíe nada a esta dirección ni la busque tal como está escrita: pida el mensaje original o una captura de pantalla y copie la dirección exactamente.</translation>
    </message>
    <message>
        <source>If the letters&apos; case was changed by hand or by a program, the intended address may be %1; confirm it with the source before relying on it.</source>
        <translation>Si las mayúsculas y minúsculas se cambiaron a mano o con un programa, la dirección correcta puede ser %1; confírmelo con la fuente antes de darlo por bueno.</translation>
    </message>
    <message>
        <source>This is a test-network address: test coins have no value. A &apos;payment&apos; to it is not a real payment.</source>
        <translation>Es una dirección de una red de pruebas: las monedas de prueba no tienen valor. Un «pago» a esta dirección no es un pago real.</translation>
    </message>
    <message>
        <source>When online, look it up on %1: balance, transactions, first and last activity, and any label the explorer shows.</source>
        <translation>Cuando tenga conexión, búsquela en %1: saldo, transacciones, primera y última actividad, y cualquier etiqueta que muestre el explorador.</translation>
    </message>
    <message>
        <source>Ask the victim how they bought or sent the Monero (which exchange or swap service) and send that service a preservation request: that is where the trail can be picked up.</source>
        <translation>Pregunte a la víctima cómo compró o envió los Monero (qué plataforma de intercambio o servicio de swap usó) y envíe a ese servicio una solicitud de conservación de datos: ahí es donde se puede retomar el rastro.</translation>
    </message>
    <message>
        <source>If an explorer or the case labels it as an exchange&apos;s address, send that exchange a preservation request at once (and a freeze or disclosure request with the legal authority needed) through its law-enforcement channel.</source>
        <translation>Si un explorador o el caso la identifican como dirección de una plataforma de intercambio, envíe de inmediato a esa plataforma una solicitud de conservación de datos (y una solicitud de congelación o de revelación de datos, con la autorización legal necesaria) a través de su canal para las fuerzas de seguridad.</translation>
    </message>
    <message>
        <source>Ask for the destination tag (or memo) used with this address: without it an exchange cannot tell which customer received the funds.</source>
        <translation>Pida la etiqueta de destino (o memo) usada con esta dirección: sin ella, una plataforma de intercambio no puede saber qué cliente recibió los fondos.</translation>
    </message>
    <message>
        <source>Quote the destination tag %1 in any request to an exchange: it identifies the customer account.</source>
        <translation>Indique la etiqueta de destino %1 en cualquier solicitud a una plataforma de intercambio: identifica la cuenta del cliente.</translation>
    </message>
    <message>
        <source>Another address in this text looks like this one (same start and end): check which one the victim really meant to pay; a look-alike is the mark of address poisoning.</source>
        <translation>Otra dirección de este texto se parece a esta (mismo principio y mismo final): compruebe a cuál quería pagar realmente la víctima; una dirección parecida es la marca del envenenamiento de direcciones.</translation>
    </message>
    <message>
        <source>Record it exactly as written, with the chain, the amounts and the times (UTC) of the transfers.</source>
        <translation>Anótela exactamente como está escrita, con la cadena, los importes y las horas (UTC) de las transferencias.</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Ethereum and other EVM chains</source>
        <translation>Ethereum y otras cadenas EVM</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>TRON</translation>
    </message>
    <message>
        <source>Litecoin</source>
        <translation>Litecoin</translation>
    </message>
    <message>
        <source>Bitcoin Cash</source>
        <translation>Bitcoin Cash</translation>
    </message>
    <message>
        <source>Dogecoin</source>
        <translation>Dogecoin</translation>
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
        <translation>Monero</translation>
    </message>
    <message>
        <source>a Bitcoin block explorer</source>
        <translation>un explorador de bloques de Bitcoin</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (Etherscan for Ethereum; BscScan, PolygonScan, Arbiscan and the like for the other EVM chains)</source>
        <translation>un explorador de tipo Etherscan (Etherscan para Ethereum; BscScan, PolygonScan, Arbiscan y similares para las demás cadenas EVM)</translation>
    </message>
    <message>
        <source>Tronscan (the TRON explorer)</source>
        <translation>Tronscan (el explorador de TRON)</translation>
    </message>
    <message>
        <source>a Litecoin block explorer</source>
        <translation>un explorador de bloques de Litecoin</translation>
    </message>
    <message>
        <source>a Bitcoin Cash block explorer</source>
        <translation>un explorador de bloques de Bitcoin Cash</translation>
    </message>
    <message>
        <source>a Dogecoin block explorer</source>
        <translation>un explorador de bloques de Dogecoin</translation>
    </message>
    <message>
        <source>an XRP Ledger explorer</source>
        <translation>un explorador de XRP Ledger</translation>
    </message>
    <message>
        <source>a Solana explorer (such as Solscan)</source>
        <translation>un explorador de Solana (como Solscan)</translation>
    </message>
    <message>
        <source>a Monero block explorer (it shows that transactions exist, not who paid whom or how much)</source>
        <translation>un explorador de bloques de Monero (muestra que las transacciones existen, no quién pagó a quién ni cuánto)</translation>
    </message>
    <message>
        <source>USDT on Ethereum and the other EVM chains can be frozen by its issuer Tether, and USDC by Circle: send a freeze request quickly if the address holds them.</source>
        <translation>Los USDT en Ethereum y en las demás cadenas EVM pueden ser congelados por su emisor, Tether, y los USDC por Circle: envíe rápidamente una solicitud de congelación si la dirección los tiene.</translation>
    </message>
    <message>
        <source>USDT on TRON can be frozen by its issuer Tether: send a freeze request quickly if the address holds it.</source>
        <translation>Los USDT en TRON pueden ser congelados por su emisor, Tether: envíe rápidamente una solicitud de congelación si la dirección los tiene.</translation>
    </message>
    <message>
        <source>USDT and USDC on Solana can be frozen by their issuers, Tether and Circle: send a freeze request quickly if the address holds them.</source>
        <translation>Los USDT y USDC en Solana pueden ser congelados por sus emisores, Tether y Circle: envíe rápidamente una solicitud de congelación si la dirección los tiene.</translation>
    </message>
    <message>
        <source>XRP itself cannot be frozen by anyone; tokens issued on the XRP Ledger can be frozen by their issuer if the issuer enabled freezing.</source>
        <translation>Nadie puede congelar el propio XRP; los tokens emitidos en XRP Ledger sí pueden ser congelados por su emisor si este habilitó la congelación.</translation>
    </message>
    <message>
        <source>No issuer can freeze %1&apos;s own coin: only an exchange or custodian that holds the funds can stop them.</source>
        <translation>Ningún emisor puede congelar la moneda propia de %1: solo una plataforma de intercambio o un custodio que tenga los fondos puede bloquearlos.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, o </translation>
    </message>
    <message>
        <source>A transaction hash (transaction ID): 64 hexadecimal digits. EVM chains (Ethereum, BNB Chain, Polygon…) write it with 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, the XRP Ledger and Monero write it without. The same form fits several chains, so find out which one was used.</source>
        <translation>Un hash de transacción (ID de transacción): 64 dígitos hexadecimales. Las cadenas EVM (Ethereum, BNB Chain, Polygon…) lo escriben con 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, XRP Ledger y Monero, sin él. El mismo formato sirve para varias cadenas, así que averigüe cuál se usó.</translation>
    </message>
    <message>
        <source>an Etherscan-type explorer (or Tronscan without the 0x)</source>
        <translation>un explorador de tipo Etherscan (o Tronscan, sin el 0x)</translation>
    </message>
    <message>
        <source>the explorer of the chain that was used (a Bitcoin block explorer, Tronscan, an XRP Ledger explorer…)</source>
        <translation>el explorador de la cadena que se usó (un explorador de bloques de Bitcoin, Tronscan, un explorador de XRP Ledger…)</translation>
    </message>
    <message>
        <source>When online, search it on %1: it shows sender, receiver, amount, token and time.</source>
        <translation>Cuando tenga conexión, búsquelo en %1: muestra el remitente, el destinatario, el importe, el token y la hora.</translation>
    </message>
    <message>
        <source>Follow the funds from the receiving address to the first exchange or stablecoin issuer and send them a preservation or freeze request.</source>
        <translation>Siga los fondos desde la dirección receptora hasta la primera plataforma de intercambio o el primer emisor de stablecoins y envíeles una solicitud de conservación de datos o de congelación.</translation>
    </message>
    <message>
        <source>Record the hash with the chain, the amount and the time (UTC).</source>
        <translation>Anote el hash con la cadena, el importe y la hora (UTC).</translation>
    </message>
    <message>
        <source>A web address. Scam sites copy the look of exchanges, wallets and investment platforms; the address is often the only clue.</source>
        <translation>Una dirección web. Los sitios fraudulentos copian el aspecto de plataformas de intercambio, billeteras y plataformas de inversión; a menudo la dirección es la única pista.</translation>
    </message>
    <message>
        <source>A domain name (a website&apos;s name).</source>
        <translation>Un nombre de dominio (el nombre de un sitio web).</translation>
    </message>
    <message>
        <source>It belongs to %1, a well-known service; if the case involves it, %1 can receive preservation and disclosure requests.</source>
        <translation>Pertenece a %1, un servicio conocido; si el caso le afecta, %1 puede recibir solicitudes de conservación y de revelación de datos.</translation>
    </message>
    <message>
        <source>It is an international name written in punycode (xn--); it reads as %1.</source>
        <translation>Es un nombre internacional escrito en punycode (xn--); se lee como %1.</translation>
    </message>
    <message>
        <source>Warning: it looks like a well-known site but is not.</source>
        <translation>Advertencia: parece un sitio conocido, pero no lo es.</translation>
    </message>
    <message>
        <source>Treat it as a phishing site: do not open it on a work device, log in, or connect a wallet.</source>
        <translation>Trátelo como un sitio de phishing: no lo abra en un dispositivo de trabajo, no inicie sesión en él ni conecte ninguna billetera.</translation>
    </message>
    <message>
        <source>Preserve it: a screenshot showing the full address and the time, and an archived copy if policy allows.</source>
        <translation>Consérvelo como prueba: una captura de pantalla que muestre la dirección completa y la hora, y una copia archivada si la normativa lo permite.</translation>
    </message>
    <message>
        <source>Look up who registered and hosts the domain (WHOIS/RDAP) and ask the registrar and host to preserve records and take the site down.</source>
        <translation>Averigüe quién registró el dominio y quién lo aloja (WHOIS/RDAP) y pida al registrador y al proveedor de alojamiento que conserven los registros y retiren el sitio.</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器) and report it so others are warned.</source>
        <translation>Compruébelo en Scameter (防騙視伏器) y denúncielo para avisar a otras personas.</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>Una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Warning: its domain imitates a well-known service.</source>
        <translation>Advertencia: su dominio imita a un servicio conocido.</translation>
    </message>
    <message>
        <source>Keep the original messages with their full headers (they show the sending servers).</source>
        <translation>Conserve los mensajes originales con sus encabezados completos (muestran los servidores de envío).</translation>
    </message>
    <message>
        <source>Ask the mail provider to preserve the account and its sign-in records, then to disclose them with the legal authority needed.</source>
        <translation>Pida al proveedor de correo que conserve la cuenta y sus registros de inicio de sesión y, después, que los revele con la autorización legal necesaria.</translation>
    </message>
    <message>
        <source>Check it against Scameter (防騙視伏器).</source>
        <translation>Compruébela en Scameter (防騙視伏器).</translation>
    </message>
    <message>
        <source>A Hong Kong mobile number (8 digits, +852).</source>
        <translation>Un número de móvil de Hong Kong (8 dígitos, +852).</translation>
    </message>
    <message>
        <source>A Hong Kong fixed-line number (8 digits, +852).</source>
        <translation>Un número de teléfono fijo de Hong Kong (8 dígitos, +852).</translation>
    </message>
    <message>
        <source>An international phone number (%1).</source>
        <translation>Un número de teléfono internacional (%1).</translation>
    </message>
    <message>
        <source>Check it with Scameter (防騙視伏器) or the Anti-Scam Helpline 18222.</source>
        <translation>Compruébelo en Scameter (防騙視伏器) o con la línea antiestafas Anti-Scam Helpline 18222.</translation>
    </message>
    <message>
        <source>Ask the telecom operator, and any messaging app used with it (WhatsApp, Telegram, WeChat), to preserve subscriber and usage records.</source>
        <translation>Pida al operador de telecomunicaciones, y a cualquier aplicación de mensajería usada con ese número (WhatsApp, Telegram, WeChat), que conserven los registros de abonado y de uso.</translation>
    </message>
    <message>
        <source>Warn the victim that callers can fake a displayed number, and that real police never ask for money or crypto to &apos;recover&apos; funds.</source>
        <translation>Advierta a la víctima de que quien llama puede falsificar el número que aparece en pantalla y de que la policía de verdad nunca pide dinero ni criptomonedas para «recuperar» fondos.</translation>
    </message>
    <message>
        <source>An ENS name (Ethereum Name Service): a readable name that points to an Ethereum address. Its owner can point it elsewhere at any time.</source>
        <translation>Un nombre ENS (Ethereum Name Service): un nombre legible que apunta a una dirección de Ethereum. Su propietario puede hacer que apunte a otra dirección en cualquier momento.</translation>
    </message>
    <message>
        <source>When online, resolve it on an Etherscan-type explorer or in the ENS app, and record the address it points to and the time you checked.</source>
        <translation>Cuando tenga conexión, resuélvalo en un explorador de tipo Etherscan o en la aplicación de ENS, y anote la dirección a la que apunta y la hora en que lo comprobó.</translation>
    </message>
    <message>
        <source>Then treat that address like any other EVM address (explorer, stablecoin freeze, exchange preservation request).</source>
        <translation>Después, trate esa dirección como cualquier otra dirección EVM (explorador, congelación de stablecoins, solicitud de conservación de datos a la plataforma de intercambio).</translation>
    </message>
    <message>
        <source>It is on a watchlist (%1): link this case to the earlier reports and contact the list&apos;s source for what is known.</source>
        <translation>Figura en una lista de vigilancia (%1): vincule este caso con las denuncias anteriores y contacte con la fuente de la lista para saber qué se conoce.</translation>
    </message>
    <message>
        <source>same address: they differ only in letter case, which does not change the destination</source>
        <translation>misma dirección: solo se diferencian en mayúsculas y minúsculas, lo que no cambia el destino</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>misma dirección</translation>
    </message>
    <message>
        <source> (after %1)</source>
        <translation> (después de %1)</translation>
    </message>
    <message>
        <source>look-alike: the first %1 and last %2 characters%3 match but the addresses differ; this is how address poisoning tricks people who check only the ends</source>
        <translation>parecida: coinciden los primeros %1 y los últimos %2 caracteres%3, pero las direcciones son distintas; así engaña el envenenamiento de direcciones a quien solo comprueba los extremos</translation>
    </message>
    <message>
        <source>different addresses: only the first %1 and last %2 characters%3 match, which is not a look-alike pattern</source>
        <translation>direcciones distintas: solo coinciden los primeros %1 y los últimos %2 caracteres%3, lo que no corresponde al patrón de una dirección parecida</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferenceIndex</name>
    <message>
        <source>The new reference index cannot take the place of the old one: %1</source>
        <translation>El nuevo índice de la guía de estafas no puede reemplazar al anterior: %1</translation>
    </message>
</context>
<context>
    <name>cca::reference::ReferencePage</name>
    <message>
        <source>Scam reference</source>
        <translation>Guía de estafas</translation>
    </message>
    <message>
        <source>Search: e.g. telegram investment, 殺豬盤, seed phrase</source>
        <translation>Buscar: p. ej., inversión telegram, 殺豬盤, frase semilla</translation>
    </message>
    <message>
        <source>Search the scam reference</source>
        <translation>Buscar en la guía de estafas</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation>Cualquier cadena</translation>
    </message>
    <message>
        <source>Any victim</source>
        <translation>Cualquier víctima</translation>
    </message>
    <message>
        <source>Kind of scam</source>
        <translation>Tipo de estafa</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Canal de contacto</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>Cadena de bloques</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Matching scam patterns</source>
        <translation>Patrones de estafa coincidentes</translation>
    </message>
    <message>
        <source>Case checklist</source>
        <translation>Lista de comprobación del caso</translation>
    </message>
    <message>
        <source>Tick the first-response steps for this case and export them as a note</source>
        <translation>Marque los pasos de primera intervención de este caso y expórtelos como nota</translation>
    </message>
    <message>
        <source>Print card (PDF)…</source>
        <translation>Imprimir ficha (PDF)…</translation>
    </message>
    <message>
        <source>A one-page card of this pattern to print or hand over (Ctrl+P)</source>
        <translation>Una ficha de una página de este patrón para imprimir o entregar (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation>Patrón de estafa</translation>
    </message>
    <message>
        <source>First response for this case</source>
        <translation>Primera intervención en este caso</translation>
    </message>
    <message>
        <source>Case notes: reference number, what the victim was told, addresses, amounts, times (UTC)</source>
        <translation>Notas del caso: número de referencia, lo que le dijeron a la víctima, direcciones, importes, horas (UTC)</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Export note…</source>
        <translation>Exportar nota…</translation>
    </message>
    <message>
        <source>Save the ticked steps and your notes as a text file (Ctrl+E)</source>
        <translation>Guardar los pasos marcados y sus notas como archivo de texto (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Guardar la ficha</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Ficha guardada: %1</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>No se pudo guardar la ficha: %1</translation>
    </message>
    <message>
        <source>Export the case note</source>
        <translation>Exportar la nota del caso</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Note saved: %1</source>
        <translation>Nota guardada: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>The reference is not available on this workstation.</source>
        <translation>La guía de estafas no está disponible en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n patrón</numerusform>
            <numerusform>%n patrones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer words, or clear the filters.</source>
        <translation>Nada coincide con &quot;%1&quot;. Pruebe con menos palabras o borre los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), allowing for a typo</source>
        <translation>
            <numerusform>%n coincidencia, admitiendo una errata</numerusform>
            <numerusform>%n coincidencias, admitiendo una errata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>%n coincidencia, por orden de relevancia</numerusform>
            <numerusform>%n coincidencias, por orden de relevancia</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>También conocido como:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <source>FATF red-flag groups</source>
        <translation>Grupos de señales de alerta del GAFI</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>What the victim sees</source>
        <translation>Lo que ve la víctima</translation>
    </message>
    <message>
        <source>What is on the blockchain</source>
        <translation>Lo que hay en la cadena de bloques</translation>
    </message>
    <message>
        <source>What an exchange sees</source>
        <translation>Lo que ve una plataforma de intercambio</translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation>A quién se dirige</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera intervención</translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation>Pruebas que conservar</translation>
    </message>
    <message>
        <source>How the money is usually laundered</source>
        <translation>Cómo se suele blanquear el dinero</translation>
    </message>
    <message>
        <source>Advice for the public</source>
        <translation>Consejos para el público</translation>
    </message>
    <message>
        <source>Related patterns</source>
        <translation>Patrones relacionados</translation>
    </message>
    <message>
        <source>Taught in</source>
        <translation>Se enseña en</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>Case checklist: %1</source>
        <translation>Lista de comprobación del caso: %1</translation>
    </message>
    <message>
        <source>Reference entry: %1 (last reviewed %2)</source>
        <translation>Entrada de la guía: %1 (última revisión: %2)</translation>
    </message>
    <message>
        <source>Written: %1 (UTC %2)</source>
        <translation>Redactada: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>Agente: %1 (%2)</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Primera intervención:</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 pasos completados.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Open a pattern first.</source>
        <translation>Abra primero un patrón.</translation>
    </message>
    <message>
        <source>Red flags the victim sees</source>
        <translation>Señales de alerta que ve la víctima</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Crypto Crime Academy reference, entry %1, last reviewed %2.</source>
        <translation>Guía de Crypto Crime Academy, entrada %1, última revisión: %2.</translation>
    </message>
    <message>
        <source>Check an indicator…</source>
        <translation>Comprobar un indicador…</translation>
    </message>
    <message>
        <source>Open the indicator checker: paste an address, web address or message the victim was sent (Ctrl+Shift+K)</source>
        <translation>Abrir el comprobador de indicadores: pegue una dirección, una dirección web o un mensaje que recibió la víctima (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Check the addresses, web addresses or messages the victim was given; what the checker finds is added to this note</source>
        <translation>Comprobar las direcciones, direcciones web o mensajes que recibió la víctima; lo que encuentre el comprobador se añade a esta nota</translation>
    </message>
    <message>
        <source>Indicators checked (indicator checker):</source>
        <translation>Indicadores comprobados (comprobador de indicadores):</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) from the indicator checker will be added to the note.</source>
        <translation>
            <numerusform>Se añadirá a la nota %n indicador del comprobador de indicadores.</numerusform>
            <numerusform>Se añadirán a la nota %n indicadores del comprobador de indicadores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cca::reference::Watchlist</name>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>una comilla dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique la comilla)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texto después de la comilla de cierre de un campo</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>el valor está vacío</translation>
    </message>
    <message>
        <source>the value contains spaces</source>
        <translation>el valor contiene espacios</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>&apos;%1&apos; no es un nombre de dominio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; no es una dirección web</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>&apos;%1&apos; no es un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (8 to 15 digits)</source>
        <translation>&apos;%1&apos; no es un número de teléfono (de 8 a 15 dígitos)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ENS name (*.eth)</source>
        <translation>&apos;%1&apos; no es un nombre ENS (*.eth)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction hash (64 hexadecimal digits)</source>
        <translation>&apos;%1&apos; no es un hash de transacción (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (use one of: %2)</source>
        <translation>tipo desconocido &apos;%1&apos; (use uno de estos: %2)</translation>
    </message>
    <message>
        <source>cannot open the watchlist database %1: %2</source>
        <translation>no se puede abrir la base de datos de la lista de vigilancia %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the watchlist database %1: %2</source>
        <translation>no se puede preparar la base de datos de la lista de vigilancia %1: %2</translation>
    </message>
    <message>
        <source>the watchlist tables in %1 were written by a newer version of the app (schema %2, this version knows %3); nothing was changed</source>
        <translation>las tablas de la lista de vigilancia de %1 fueron escritas por una versión más reciente de la aplicación (esquema %2; esta versión admite %3); no se modificó nada</translation>
    </message>
    <message>
        <source>cannot update the watchlist tables in %1: %2</source>
        <translation>no se pueden actualizar las tablas de la lista de vigilancia de %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row: value,kind,source,category,date,note</source>
        <translation>el archivo está vacío; necesita una fila de encabezado: value,kind,source,category,date,note</translation>
    </message>
    <message>
        <source>line %1: the header row must name the columns value,kind,source,category,date,note (missing: %2); nothing was imported</source>
        <translation>línea %1: la fila de encabezado debe nombrar las columnas value,kind,source,category,date,note (faltan: %2); no se importó nada</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1; nothing was imported</source>
        <translation>no se puede iniciar una transacción: %1; no se importó nada</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2</source>
        <translation>%1 campo(s), pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the source is empty; say where the entry comes from</source>
        <translation>la fuente está vacía; indique de dónde procede la entrada</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>la fecha &apos;%1&apos; no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>line %1: the database refused the row (%2); the whole import was rolled back and nothing was imported</source>
        <translation>línea %1: la base de datos rechazó la fila (%2); se deshizo toda la importación y no se importó nada</translation>
    </message>
    <message>
        <source>the import could not be committed (%1); nothing was imported</source>
        <translation>no se pudo confirmar la importación (%1); no se importó nada</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; could not be removed (%2); nothing was changed</source>
        <translation>no se pudo eliminar la lista de vigilancia &quot;%1&quot; (%2); no se modificó nada</translation>
    </message>
</context>
<context>
    <name>cca::scenario::ScenarioPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Volver (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Training exercise — the people, numbers and platforms in it are made up.</source>
        <translation>Ejercicio de formación: las personas, los números y las plataformas que aparecen en él son ficticios.</translation>
    </message>
    <message>
        <source>Progress through the exercise</source>
        <translation>Progreso en el ejercicio</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>La llamada</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Línea anterior</translation>
    </message>
    <message>
        <source>Previous line (Up)</source>
        <translation>Línea anterior (Arriba)</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Línea siguiente</translation>
    </message>
    <message>
        <source>Next line (Down)</source>
        <translation>Línea siguiente (Abajo)</translation>
    </message>
    <message>
        <source>Transcript of the call</source>
        <translation>Transcripción de la llamada</translation>
    </message>
    <message>
        <source>Pressure tactic!</source>
        <translation>¡Táctica de presión!</translation>
    </message>
    <message>
        <source>Mark the line being spoken as a pressure tactic (T)</source>
        <translation>Marcar la línea que se está oyendo como táctica de presión (T)</translation>
    </message>
    <message>
        <source>T&amp;actic:</source>
        <translation>&amp;Táctica:</translation>
    </message>
    <message>
        <source>Tactic used in the marked line</source>
        <translation>Táctica usada en la línea marcada</translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation>Mostrar el resto</translation>
    </message>
    <message>
        <source>Show everything up to the next decision (End)</source>
        <translation>Mostrar todo hasta la próxima decisión (Fin)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Chat simulation</source>
        <translation>Simulación de chat</translation>
    </message>
    <message>
        <source>Read the chat as it unfolds and flag every message that is a red flag. At the end, check your flags: each red flag found earns a point, each ordinary message flagged costs one.</source>
        <translation>Lea el chat a medida que avanza y marque cada mensaje que sea una señal de alerta. Al final, compruebe sus marcas: cada señal de alerta detectada suma un punto y cada mensaje normal marcado resta uno.</translation>
    </message>
    <message>
        <source>Check my flags</source>
        <translation>Comprobar mis marcas</translation>
    </message>
    <message>
        <source>Call simulation</source>
        <translation>Simulación de llamada</translation>
    </message>
    <message>
        <source>Listen to the call and mark each line in which the caller uses a pressure tactic, as it happens; name the tactic for a second point. Each line marked that uses none costs a point.</source>
        <translation>Escuche la llamada y marque, en el momento en que ocurra, cada línea en la que quien llama usa una táctica de presión; identifique la táctica para obtener un segundo punto. Cada línea marcada que no use ninguna resta un punto.</translation>
    </message>
    <message>
        <source>Check my marks</source>
        <translation>Comprobar mis marcas</translation>
    </message>
    <message>
        <source>Intervention role-play</source>
        <translation>Intervención (juego de roles)</translation>
    </message>
    <message>
        <source>Talk with the person as you would on duty. What you say moves them towards one of several endings, and there is no going back.</source>
        <translation>Hable con la persona como lo haría en servicio. Lo que usted diga la lleva hacia uno de varios desenlaces, y no hay vuelta atrás.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Your place in this exercise could not be restored (%1), so it starts from the beginning.</source>
        <translation>No se pudo restaurar el punto en el que iba en este ejercicio (%1), así que empieza desde el principio.</translation>
    </message>
    <message>
        <source>This scenario cannot be played because its file has errors. Ask the module&apos;s author to fix them (ccacademy-cli validate finds them too):</source>
        <translation>Este escenario no se puede ejecutar porque su archivo contiene errores. Pida al autor del módulo que los corrija (ccacademy-cli validate también los detecta):</translation>
    </message>
    <message>
        <source>it was saved as a %1 exercise, not as a %2 exercise</source>
        <translation>se guardó como ejercicio de tipo %1, no como ejercicio de tipo %2</translation>
    </message>
    <message>
        <source>the flag on &apos;%1&apos; is not on a message that was shown</source>
        <translation>la marca en «%1» no está en un mensaje que se haya mostrado</translation>
    </message>
    <message>
        <source>the mark on line %1 of &apos;%2&apos; does not fit the scenario</source>
        <translation>la marca en la línea %1 de «%2» no encaja con el escenario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mark this message as a red flag (F)</source>
        <translation>Marcar este mensaje como señal de alerta (F)</translation>
    </message>
    <message>
        <source>The picture “%1” is outside the scenario&apos;s package and is not shown.</source>
        <translation>La imagen «%1» está fuera del paquete del escenario y no se muestra.</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read.</source>
        <translation>No se puede leer la imagen «%1».</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>No se puede leer la imagen «%1»: %2</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Listen in the call panel and mark the pressure tactics as they happen.</source>
        <translation>Escuche en el panel de la llamada y marque las tácticas de presión a medida que ocurran.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the call, </source>
        <translation>
            <numerusform>%n línea en la llamada, </numerusform>
            <numerusform>%n líneas en la llamada, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked.</source>
        <translation>
            <numerusform>%n marcada.</numerusform>
            <numerusform>%n marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>End of the conversation. Check your flags to see what you found.</source>
        <translation>Fin de la conversación. Compruebe sus marcas para ver lo que ha detectado.</translation>
    </message>
    <message>
        <source>End of the exercise. Check your marks to see what you found.</source>
        <translation>Fin del ejercicio. Compruebe sus marcas para ver lo que ha detectado.</translation>
    </message>
    <message>
        <source>That choice cannot be taken: %1</source>
        <translation>No se puede elegir esa opción: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Step %1 of about %2</source>
        <translation>Paso %1 de unos %2</translation>
    </message>
    <message>
        <source>Continue after the call</source>
        <translation>Continuar después de la llamada</translation>
    </message>
    <message>
        <source>Continue (N)</source>
        <translation>Continuar (N)</translation>
    </message>
    <message>
        <source>Next (Space or N)</source>
        <translation>Siguiente (Espacio o N)</translation>
    </message>
    <message>
        <source>Space: next message · F: flag the selected message · Up/Down: select · End: show the rest</source>
        <translation>Espacio: mensaje siguiente · F: marcar el mensaje seleccionado · Arriba/Abajo: seleccionar · Fin: mostrar el resto</translation>
    </message>
    <message>
        <source>Space: play or pause · T: mark a pressure tactic, then 1–9 to name it · Up/Down: lines · N: continue</source>
        <translation>Espacio: reproducir o pausar · T: marcar una táctica de presión y luego 1–9 para identificarla · Arriba/Abajo: líneas · N: continuar</translation>
    </message>
    <message>
        <source>Space or Down: next line · T: mark a pressure tactic, then 1–9 to name it · N: continue</source>
        <translation>Espacio o Abajo: línea siguiente · T: marcar una táctica de presión y luego 1–9 para identificarla · N: continuar</translation>
    </message>
    <message>
        <source>Space: next · 1–9: choose · End: show the rest</source>
        <translation>Espacio: siguiente · 1–9: elegir · Fin: mostrar el resto</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Marked as a red flag; click to unmark</source>
        <translation>Marcado como señal de alerta; haga clic para desmarcarlo</translation>
    </message>
    <message>
        <source>Mark as a red flag</source>
        <translation>Marcar como señal de alerta</translation>
    </message>
    <message>
        <source>The recording “%1” is outside the scenario&apos;s package, so it is not played.</source>
        <translation>La grabación «%1» está fuera del paquete del escenario, así que no se reproduce.</translation>
    </message>
    <message>
        <source>The recording “%1” is missing.</source>
        <translation>Falta la grabación «%1».</translation>
    </message>
    <message>
        <source>This computer has no sound output, so the call cannot be heard.</source>
        <translation>Este equipo no tiene salida de sonido, así que no se puede oír la llamada.</translation>
    </message>
    <message>
        <source>Read the transcript instead: Space or “Next line” shows the next line.</source>
        <translation>En su lugar, lea la transcripción: Espacio o «Línea siguiente» muestra la línea siguiente.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation>No se puede reproducir la grabación: %1.</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic (tactic not named)</source>
        <translation>Marcada como táctica de presión (táctica sin especificar)</translation>
    </message>
    <message>
        <source>Marked as a pressure tactic: %1</source>
        <translation>Marcada como táctica de presión: %1</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>Click a line to hear it again.</source>
        <translation>Haga clic en una línea para volver a oírla.</translation>
    </message>
    <message>
        <source>Red flag found: %1</source>
        <translation>Señal de alerta detectada: %1</translation>
    </message>
    <message>
        <source>Missed red flag: %1</source>
        <translation>Señal de alerta no detectada: %1</translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation>No es una señal de alerta</translation>
    </message>
    <message>
        <source>Your flags: %1 of %2 points</source>
        <translation>Sus marcas: %1 de %2 puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) found, </source>
        <translation>
            <numerusform>%n señal de alerta detectada, </numerusform>
            <numerusform>%n señales de alerta detectadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed, </source>
        <translation>
            <numerusform>%n sin detectar, </numerusform>
            <numerusform>%n sin detectar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) flagged.</source>
        <translation>
            <numerusform>%n mensaje normal marcado.</numerusform>
            <numerusform>%n mensajes normales marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Sin detectar</translation>
    </message>
    <message>
        <source>Flagged, but not red flags</source>
        <translation>Marcados, pero no son señales de alerta</translation>
    </message>
    <message>
        <source>Each ordinary message flagged costs a point: in a real chat, flagging everything hides the signs that matter.</source>
        <translation>Cada mensaje normal marcado resta un punto: en un chat real, marcarlo todo oculta los indicios que importan.</translation>
    </message>
    <message>
        <source>Your marks: %1 of %2 points</source>
        <translation>Sus marcas: %1 de %2 puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n pressure tactic(s) found, </source>
        <translation>
            <numerusform>%n táctica de presión detectada, </numerusform>
            <numerusform>%n tácticas de presión detectadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named right, </source>
        <translation>
            <numerusform>%n identificada correctamente, </numerusform>
            <numerusform>%n identificadas correctamente, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked that use none. </source>
        <translation>
            <numerusform>%n línea marcada que no usa ninguna. </numerusform>
            <numerusform>%n líneas marcadas que no usan ninguna. </numerusform>
        </translation>
    </message>
    <message>
        <source>A point for each tactic found, another for naming it right.</source>
        <translation>Un punto por cada táctica detectada y otro por identificarla correctamente.</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>línea %1 de %2</translation>
    </message>
    <message>
        <source>Found and named right</source>
        <translation>Detectada e identificada correctamente</translation>
    </message>
    <message>
        <source>Found, tactic not named</source>
        <translation>Detectada, táctica sin especificar</translation>
    </message>
    <message>
        <source>Found, but named “%1”</source>
        <translation>Detectada, pero identificada como «%1»</translation>
    </message>
    <message>
        <source>Marked, but no pressure tactic</source>
        <translation>Marcadas, pero sin táctica de presión</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Buen resultado</translation>
    </message>
    <message>
        <source>Partial outcome</source>
        <translation>Resultado parcial</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>Mal resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score: %1 of a possible %2</source>
        <translation>Puntuación: %1 de %2 posibles</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>The path you took</source>
        <translation>El camino que siguió</translation>
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
    <message>
        <source>Scam reference</source>
        <translation>Guía de estafas</translation>
    </message>
    <message>
        <source>Scam &amp;reference</source>
        <translation>&amp;Guía de estafas</translation>
    </message>
    <message>
        <source>The scam reference is missing from this installation.</source>
        <translation>Falta la guía de estafas en esta instalación.</translation>
    </message>
    <message>
        <source>The scam reference cannot be opened: %1</source>
        <translation>No se puede abrir la guía de estafas: %1</translation>
    </message>
    <message>
        <source>Indicator checker</source>
        <translation>Comprobador de indicadores</translation>
    </message>
    <message>
        <source>&amp;Indicator checker</source>
        <translation>Comprobador de in&amp;dicadores</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>Laboratorio de billeteras</translation>
    </message>
    <message>
        <source>The exercise result could not be saved: %1</source>
        <translation>No se pudo guardar el resultado del ejercicio: %1</translation>
    </message>
    <message>
        <source>&amp;Wallet lab</source>
        <translation>&amp;Laboratorio de billeteras</translation>
    </message>
    <message>
        <source>Tracing lab</source>
        <translation>Laboratorio de rastreo</translation>
    </message>
    <message>
        <source>&amp;Tracing lab</source>
        <translation>Laboratorio de &amp;rastreo</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>No se pudo guardar el resultado: %1</translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>No se pudo guardar su elección: %1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>No se pudo guardar su nota: %1</translation>
    </message>
    <message>
        <source>The tracing case &quot;%1&quot; is not installed on this computer; ask the administrator to reinstall the content.</source>
        <translation>El caso de rastreo «%1» no está instalado en este equipo; pida al administrador que vuelva a instalar el contenido.</translation>
    </message>
    <message>
        <source>Where you stopped in the exercise could not be saved: %1</source>
        <translation>No se pudo guardar el punto del ejercicio en el que se detuvo: %1</translation>
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
    <message>
        <source>Where progress is kept</source>
        <translation>Dónde se guarda el progreso</translation>
    </message>
    <message>
        <source>A station on its own keeps progress in a file on this workstation. A force with many stations can share one PostgreSQL server: give its address, test it, and the app uses it from the next start. The password is asked for at start and never saved.</source>
        <translation>Una comisaría que funciona por su cuenta guarda el progreso en un archivo de este equipo. Un cuerpo policial con muchas comisarías puede compartir un servidor PostgreSQL: indique su dirección, pruébela y la aplicación lo usará a partir del próximo inicio. La contraseña se pide al iniciar y nunca se guarda.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Server password, for the test only</source>
        <translation>Contraseña del servidor, solo para la prueba</translation>
    </message>
    <message>
        <source>Only to test the connection; not saved</source>
        <translation>Solo para probar la conexión; no se guarda</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Use this server from the next start</source>
        <translation>Usar este servidor a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Use this workstation&apos;s file</source>
        <translation>Usar el archivo de este equipo</translation>
    </message>
    <message>
        <source>This workstation&apos;s file is used.</source>
        <translation>Se usa el archivo de este equipo.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>A partir del próximo inicio: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it would be saved in clear. It is asked for at start.</source>
        <translation>No incluya la contraseña en la dirección: se guardaría sin cifrar. Se pide al iniciar.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the database is ready (%n officer(s)).</source>
        <translation>
            <numerusform>Conectado a %1: la base de datos está lista (%n agente).</numerusform>
            <numerusform>Conectado a %1: la base de datos está lista (%n agentes).</numerusform>
        </translation>
    </message>
    <message>
        <source>From the next start, progress is kept on %1. Close the app and start it again; you will be asked for the server&apos;s password.</source>
        <translation>A partir del próximo inicio, el progreso se guardará en %1. Cierre la aplicación y vuelva a iniciarla; se le pedirá la contraseña del servidor.</translation>
    </message>
    <message>
        <source>From the next start, progress is kept in this workstation&apos;s file.</source>
        <translation>A partir del próximo inicio, el progreso se guardará en el archivo de este equipo.</translation>
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
    <name>cca::tracing</name>
    <message>
        <source>Address type match</source>
        <translation>Coincidencia del tipo de dirección</translation>
    </message>
    <message>
        <source>Round payment amount</source>
        <translation>Importe de pago redondo</translation>
    </message>
    <message>
        <source>Optimal change</source>
        <translation>Cambio óptimo</translation>
    </message>
    <message>
        <source>Address reuse</source>
        <translation>Reutilización de direcciones</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>Cadena de pelado</translation>
    </message>
    <message>
        <source>Every input is %1 and only output %2 is %1 too: wallets usually create change in their own address type, while the payee&apos;s address type is chosen by the payee.</source>
        <translation>Todas las entradas son de tipo %1 y solo la salida %2 es también de tipo %1: las billeteras suelen crear el cambio en su propio tipo de dirección, mientras que el tipo de dirección del beneficiario lo elige el beneficiario.</translation>
    </message>
    <message>
        <source>Every other output is a round amount (a whole multiple of 0.001 coin), as people choose when they pay; output %1 is not, so it is likely what came back as change.</source>
        <translation>Todas las demás salidas son importes redondos (múltiplos exactos de 0,001 monedas), como los que elige la gente al pagar; la salida %1 no lo es, así que probablemente es lo que volvió como cambio.</translation>
    </message>
    <message>
        <source>Output %1 is smaller than every input. Had it been the payment, one of the inputs would have been enough and the wallet would not have added the others, so it is likely change.</source>
        <translation>La salida %1 es menor que cada una de las entradas. Si hubiera sido el pago, habría bastado con una de las entradas y la billetera no habría añadido las demás, así que probablemente es el cambio.</translation>
    </message>
    <message>
        <source>Output %1 goes back to %2, an address that also funded this transaction: the wallet reused its own address for change.</source>
        <translation>La salida %1 vuelve a %2, una dirección que también financió esta transacción: la billetera reutilizó su propia dirección para el cambio.</translation>
    </message>
    <message>
        <source>This transaction is one link of a peel chain: </source>
        <translation>Esta transacción es un eslabón de una cadena de pelado: </translation>
    </message>
    <message>
        <source>This transaction starts a peel-chain shape: </source>
        <translation>Esta transacción inicia una forma de cadena de pelado: </translation>
    </message>
    <message>
        <source>one input pays a small amount (output %1) and passes the larger rest (output %2) to a fresh address, which then does the same again.</source>
        <translation>una entrada paga un importe pequeño (salida %1) y pasa el resto, más grande (salida %2), a una dirección nueva, que después vuelve a hacer lo mismo.</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceCanvas</name>
    <message>
        <source>Tracing graph</source>
        <translation>Grafo de rastreo</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>Expandir %1</translation>
    </message>
    <message>
        <source>bridge/swap: %1</source>
        <translation>puente/swap: %1</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Plataforma de intercambio</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Mezclador</translation>
    </message>
    <message>
        <source>OTC desk</source>
        <translation>Mesa OTC</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Otro servicio</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>tx %1</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transacción %1</translation>
    </message>
    <message>
        <source>tainted %1</source>
        <translation>contaminado: %1</translation>
    </message>
    <message>
        <source>There is nothing on the canvas to export.</source>
        <translation>No hay nada en el lienzo que exportar.</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>No se pudo guardar la imagen en %1: %2</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; arrow keys move between nodes; N writes a note; the context menu collapses a cluster.</source>
        <translation>Haga clic en un nodo o pulse Enter para seguir su dinero; las teclas de flecha pasan de un nodo a otro; N escribe una nota; el menú contextual contrae un clúster.</translation>
    </message>
    <message>
        <source>Expand the cluster of %1</source>
        <translation>Expandir el clúster de %1</translation>
    </message>
    <message>
        <source>Collapse the cluster of %1</source>
        <translation>Contraer el clúster de %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Expand the cluster</source>
        <translation>Expandir el clúster</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n address(es)</source>
        <translation>
            <numerusform>Clúster: %n dirección</numerusform>
            <numerusform>Clúster: %n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-input cluster: %1 addresses in the case, %2 on the graph (spent together, so probably one wallet)
%3</source>
        <translation>Clúster por entradas comunes: %1 direcciones en el caso, %2 en el grafo (se gastaron juntas, así que probablemente son de una sola billetera)
%3</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ nota</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>Seguir el dinero</translation>
    </message>
    <message numerus="yes">
        <source>Collapse cluster (%n address(es) on the graph)</source>
        <translation>
            <numerusform>Contraer el clúster (%n dirección en el grafo)</numerusform>
            <numerusform>Contraer el clúster (%n direcciones en el grafo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>Expandir el clúster</translation>
    </message>
    <message>
        <source>Note and tags…</source>
        <translation>Nota y etiquetas…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Columns by hop</source>
        <translation>Columnas por salto</translation>
    </message>
    <message>
        <source>Peel chain</source>
        <translation>Cadena de pelado</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la vista</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TraceReportBuilder</name>
    <message>
        <source>Poison counts every amount the money touched in full: the figures are where the money could have gone, not how much of it went there, and they add up to more than was taken.</source>
        <translation>El método veneno (poison) cuenta por completo cada importe que tocó el dinero: las cifras indican adónde pudo ir el dinero, no cuánto llegó allí, y suman más de lo que se sustrajo.</translation>
    </message>
    <message>
        <source>Haircut spreads the victim&apos;s money in proportion over everything it was mixed with: the figures are shares, not identified coins, and they shrink at every mix.</source>
        <translation>El método proporcional (haircut) reparte el dinero de la víctima en proporción entre todo aquello con lo que se mezcló: las cifras son fracciones, no monedas identificadas, y disminuyen con cada mezcla.</translation>
    </message>
    <message>
        <source>FIFO is a legal convention (Clayton&apos;s Case), not evidence of which coin is whose: the figures depend on the order of the inputs and outputs and of the payments into each address, and another order gives other figures.</source>
        <translation>FIFO es una convención jurídica (Clayton&apos;s Case), no una prueba de qué moneda es de quién: las cifras dependen del orden de las entradas y las salidas y de los pagos recibidos en cada dirección, y otro orden da otras cifras.</translation>
    </message>
    <message>
        <source>LIFO is the mirror convention of FIFO, with the same dependence on order; it usually gives other figures than FIFO, so say which was used.</source>
        <translation>LIFO es la convención inversa de FIFO, con la misma dependencia del orden; suele dar cifras distintas de las de FIFO, así que indique cuál se utilizó.</translation>
    </message>
    <message>
        <source>LIBR is a rule for account balances; UTXO transactions met on the way are split by haircut.</source>
        <translation>El saldo intermedio más bajo (LIBR) es una regla para saldos de cuentas; las transacciones UTXO que aparecen en el camino se reparten con el método proporcional (haircut).</translation>
    </message>
    <message>
        <source>The trail rests on heuristics (common-input ownership, change detection) that can be wrong, and on attribution tags whose source and confidence are shown; neither is proof of ownership.</source>
        <translation>El rastro se basa en heurísticas (propiedad común de las entradas, detección del cambio) que pueden fallar, y en etiquetas de atribución cuya fuente y confianza se indican; ninguna de ellas prueba la titularidad.</translation>
    </message>
    <message>
        <source>Confirm the figures with the service&apos;s own records before any seizure, and disclose the method and its alternatives to the prosecutor.</source>
        <translation>Confirme las cifras con los registros del propio servicio antes de cualquier incautación, y comunique al fiscal el método utilizado y sus alternativas.</translation>
    </message>
    <message>
        <source>Trace report</source>
        <translation>Informe de rastreo</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Training exercise — synthetic data. Not for operational use.</source>
        <translation>Ejercicio de formación: datos sintéticos. No apto para uso operativo.</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>El rastro empieza en el pago de la víctima: %1</translation>
    </message>
    <message>
        <source>%1 (%2; %3, confidence %4)</source>
        <translation>%1 (%2; %3, confianza %4)</translation>
    </message>
    <message>
        <source>Rank and service</source>
        <translation>Posición y servicio</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Transaction (output) and time (UTC)</source>
        <translation>Transacción (salida) y hora (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Tainted (%1) of the amount moved</source>
        <translation>Contaminado (%1) del importe movido</translation>
    </message>
    <message>
        <source>Tags on the receiver</source>
        <translation>Etiquetas del receptor</translation>
    </message>
    <message>
        <source>%1. %2 (%3)
received %4</source>
        <translation>%1. %2 (%3)
recibió %4</translation>
    </message>
    <message>
        <source>%1
of %2</source>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no labelled service in this case.</source>
        <translation>Con el método %1, la contaminación no llegó a ningún servicio etiquetado en este caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) to labelled services under %1, most tainted value first. Each hop is the output or transfer that brought the receiver most of its taint.</source>
        <translation>
            <numerusform>%n ruta hasta servicios etiquetados con el método %1, empezando por el mayor valor contaminado. Cada salto es la salida o transferencia que aportó al receptor la mayor parte de su contaminación.</numerusform>
            <numerusform>%n rutas hasta servicios etiquetados con el método %1, empezando por el mayor valor contaminado. Cada salto es la salida o transferencia que aportó al receptor la mayor parte de su contaminación.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preservation or freeze request</source>
        <translation>Sin solicitud de conservación ni de congelación</translation>
    </message>
    <message>
        <source>Under %1 the taint reached no exchange, stablecoin issuer or other service that can preserve records or freeze funds. Follow the trail further, or try another method, before drafting a request.</source>
        <translation>Con el método %1, la contaminación no llegó a ninguna plataforma de intercambio, emisor de la stablecoin ni otro servicio que pueda conservar registros o congelar fondos. Siga el rastro más allá, o pruebe otro método, antes de redactar una solicitud.</translation>
    </message>
    <message>
        <source>  • %1, %2: %3 from %4 to %5 (%6 tainted)</source>
        <translation>  • %1, %2: %3 de %4 a %5 (%6 contaminado)</translation>
    </message>
    <message>
        <source>[Letterhead of the investigating unit]</source>
        <translation>[Membrete de la unidad investigadora]</translation>
    </message>
    <message>
        <source>[Date]</source>
        <translation>[Fecha]</translation>
    </message>
    <message>
        <source>To: %1, law enforcement response / compliance team</source>
        <translation>A la atención de: %1, equipo de atención a las fuerzas de seguridad / de cumplimiento normativo</translation>
    </message>
    <message>
        <source>Our reference: [case reference]</source>
        <translation>Nuestra referencia: [referencia del caso]</translation>
    </message>
    <message>
        <source>Draft request to freeze a token balance</source>
        <translation>Borrador de solicitud de congelación de un saldo de tokens</translation>
    </message>
    <message>
        <source>Request to freeze the token balance held at address %1 (%2)</source>
        <translation>Solicitud de congelación del saldo de tokens que se encuentra en la dirección %1 (%2)</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to address %1 on %2, which holds tokens issued by you. Under the %3 method, %4 of the victim&apos;s funds reached it.</source>
        <translation>[Unidad] está investigando [delito] en virtud de [fundamento jurídico]. Se ha rastreado el recorrido de los fondos pagados por la víctima hasta la dirección %1 en %2, que contiene tokens emitidos por ustedes. Según el método %3, %4 de los fondos de la víctima llegaron a ella.</translation>
    </message>
    <message>
        <source>We ask you, pending a formal order under [legal basis]:</source>
        <translation>Les solicitamos, a la espera de una orden formal en virtud de [fundamento jurídico]:</translation>
    </message>
    <message>
        <source>  1. to freeze (blacklist) the token balance at address %1, at least %2;</source>
        <translation>  1. que congelen (incluyan en la lista negra) el saldo de tokens de la dirección %1, como mínimo %2;</translation>
    </message>
    <message>
        <source>  2. to preserve every record you hold about this address and its transfers;</source>
        <translation>  2. que conserven todos los registros que posean sobre esta dirección y sus transferencias;</translation>
    </message>
    <message>
        <source>  3. to tell us the balance frozen and the time of the freeze.</source>
        <translation>  3. que nos comuniquen el saldo congelado y la hora de la congelación.</translation>
    </message>
    <message>
        <source>Draft preservation and freeze request</source>
        <translation>Borrador de solicitud de conservación de datos y congelación</translation>
    </message>
    <message>
        <source>Request to preserve records and freeze the funds of the account credited through deposit address %1 (%2)</source>
        <translation>Solicitud de conservación de registros y de congelación de los fondos de la cuenta abonada a través de la dirección de depósito %1 (%2)</translation>
    </message>
    <message>
        <source>[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to deposit address %1 on %2, attributed to %3. Under the %4 method, %5 of the victim&apos;s funds reached it.</source>
        <translation>[Unidad] está investigando [delito] en virtud de [fundamento jurídico]. Se ha rastreado el recorrido de los fondos pagados por la víctima hasta la dirección de depósito %1 en %2, atribuida a %3. Según el método %4, %5 de los fondos de la víctima llegaron a ella.</translation>
    </message>
    <message>
        <source>  1. to preserve all records of the account credited through this deposit address: identity (KYC) documents, log-in addresses and devices, deposits, withdrawals and internal transfers, from [start date] to today;</source>
        <translation>  1. que conserven todos los registros de la cuenta abonada a través de esta dirección de depósito: documentos de identidad (KYC), direcciones y dispositivos de inicio de sesión, depósitos, retiradas y transferencias internas, desde el [fecha de inicio] hasta hoy;</translation>
    </message>
    <message>
        <source>  2. to freeze the funds in that account, at least %1, and to stop withdrawals from it;</source>
        <translation>  2. que congelen los fondos de dicha cuenta, como mínimo %1, y bloqueen las retiradas desde ella;</translation>
    </message>
    <message>
        <source>  3. not to inform the account holder, as far as the law allows, and to tell us what was frozen.</source>
        <translation>  3. que no informen al titular de la cuenta, en la medida en que la ley lo permita, y nos comuniquen qué se ha congelado.</translation>
    </message>
    <message>
        <source>The transactions, in order (times in UTC):</source>
        <translation>Las transacciones, por orden (horas en UTC):</translation>
    </message>
    <message>
        <source>Method: the amounts were computed with %1. %2 The figures depend on the method; the trail and our working are available on request.</source>
        <translation>Método: los importes se calcularon con %1. %2 Las cifras dependen del método; el rastro y nuestros cálculos están a su disposición si los solicitan.</translation>
    </message>
    <message>
        <source>A formal [production order / freezing order] will follow. Please confirm receipt to the officer below.</source>
        <translation>A continuación recibirán una [orden de entrega de datos / orden de congelación] formal. Les rogamos que confirmen la recepción al agente abajo firmante.</translation>
    </message>
    <message>
        <source>[Officer name, rank and badge number]</source>
        <translation>[Nombre, rango y número de placa del agente]</translation>
    </message>
    <message>
        <source>[Unit, telephone, e-mail]</source>
        <translation>[Unidad, teléfono, correo electrónico]</translation>
    </message>
    <message>
        <source>[Signature]</source>
        <translation>[Firma]</translation>
    </message>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>The graph as shown on the canvas</source>
        <translation>El grafo tal como aparece en el lienzo</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Paths to labelled services</source>
        <translation>Rutas hasta servicios etiquetados</translation>
    </message>
    <message>
        <source>Draft for the officer to complete: replace everything in [brackets].</source>
        <translation>Borrador que debe completar el agente: sustituya todo lo que aparece [entre corchetes].</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
</context>
<context>
    <name>cca::tracing::TracingPage</name>
    <message>
        <source>Tracing lab</source>
        <translation>Laboratorio de rastreo</translation>
    </message>
    <message>
        <source>Training only: synthetic cases on test networks</source>
        <translation>Solo para formación: casos sintéticos en redes de pruebas</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Follow the money from the selected node</source>
        <translation>Seguir el dinero desde el nodo seleccionado</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Export the graph as PNG…</source>
        <translation>Exportar el grafo como PNG…</translation>
    </message>
    <message>
        <source>&amp;Taint:</source>
        <translation>Con&amp;taminación:</translation>
    </message>
    <message>
        <source>Taint method</source>
        <translation>Método de contaminación</translation>
    </message>
    <message>
        <source>Find address or transaction id (Ctrl+F)</source>
        <translation>Buscar dirección o ID de transacción (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find address or transaction id</source>
        <translation>Buscar dirección o ID de transacción</translation>
    </message>
    <message>
        <source>Tainted amount (bar: share still held)</source>
        <translation>Importe contaminado (barra: parte que aún conserva)</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Nodo seleccionado</translation>
    </message>
    <message>
        <source>Selected node details</source>
        <translation>Detalles del nodo seleccionado</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>Comprobar respuestas</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (no se puede abrir)</translation>
    </message>
    <message>
        <source>No tracing cases were found. The cases come with the app in its content folder (content/cases); ask the administrator to reinstall it.</source>
        <translation>No se encontró ningún caso de rastreo. Los casos se incluyen con la aplicación en su carpeta de contenido (content/cases); pida al administrador que la reinstale.</translation>
    </message>
    <message>
        <source>This case file has problems and cannot be opened. Tell the trainer who wrote it:
%1</source>
        <translation>Este archivo de caso tiene problemas y no se puede abrir. Comuníqueselo al instructor que lo redactó:
%1</translation>
    </message>
    <message>
        <source>The trail starts at the victim&apos;s payment: %1</source>
        <translation>El rastro empieza en el pago de la víctima: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Poison</source>
        <translation>Veneno (poison)</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Proporcional (haircut)</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>LIFO</source>
        <translation>LIFO</translation>
    </message>
    <message>
        <source>LIBR</source>
        <translation>Saldo intermedio más bajo (LIBR)</translation>
    </message>
    <message>
        <source>This method cannot be used here: %1</source>
        <translation>Este método no se puede usar aquí: %1</translation>
    </message>
    <message>
        <source>Poison: everything the money touched counts in full. It shows where it could have gone and overstates amounts.</source>
        <translation>Veneno (poison): todo lo que tocó el dinero cuenta por completo. Muestra adónde pudo ir, pero exagera los importes.</translation>
    </message>
    <message>
        <source>Haircut: each output carries the tainted fraction of what went in.</source>
        <translation>Proporcional (haircut): cada salida lleva la fracción contaminada de lo que entró.</translation>
    </message>
    <message>
        <source>FIFO: money leaves in the order it arrived (Clayton&apos;s Case). Depends on the order of inputs and outputs.</source>
        <translation>FIFO: el dinero sale en el mismo orden en que llegó (Clayton&apos;s Case). Depende del orden de las entradas y las salidas.</translation>
    </message>
    <message>
        <source>LIFO: the newest money leaves first.</source>
        <translation>LIFO: el dinero más reciente sale primero.</translation>
    </message>
    <message>
        <source>LIBR: clean money leaves first; an address keeps at most its lowest balance since the taint arrived.</source>
        <translation>Saldo intermedio más bajo (LIBR): el dinero limpio sale primero; una dirección conserva como máximo su saldo más bajo desde que llegaron los fondos contaminados.</translation>
    </message>
    <message>
        <source>Say in any report which method gave the amounts.</source>
        <translation>Indique en cualquier informe con qué método se obtuvieron los importes.</translation>
    </message>
    <message>
        <source>Choose a taint method above the graph to see tainted amounts.</source>
        <translation>Elija un método de contaminación encima del grafo para ver los importes contaminados.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Cadena: %1</translation>
    </message>
    <message>
        <source>No tag: nobody has attributed this address yet.</source>
        <translation>Sin etiqueta: nadie ha atribuido todavía esta dirección.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Categoría: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Confidence: %1 of 100</source>
        <translation>Confianza: %1 de 100</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Actor: %1</translation>
    </message>
    <message>
        <source>Balance at the end of the case: %1</source>
        <translation>Saldo al final del caso: %1</translation>
    </message>
    <message>
        <source>Taint (%1)</source>
        <translation>Contaminación (%1)</translation>
    </message>
    <message>
        <source>Received tainted: %1 %2 (%3)</source>
        <translation>Fondos contaminados recibidos: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (%3 of what it holds)</source>
        <translation>Fondos contaminados que conserva: %1 %2 (%3 de lo que tiene)</translation>
    </message>
    <message>
        <source>Held tainted: %1 %2 (it holds nothing now: the money moved on)</source>
        <translation>Fondos contaminados que conserva: %1 %2 (ahora no tiene nada: el dinero siguió su camino)</translation>
    </message>
    <message>
        <source>No taint reached this address under %1.</source>
        <translation>Con el método %1 no llegaron fondos contaminados a esta dirección.</translation>
    </message>
    <message>
        <source>Looks like change</source>
        <translation>Parece cambio</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Time: %1 UTC</source>
        <translation>Hora: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>CoinJoin shape: many equal outputs. Common-input ownership and the change heuristics do not apply; which output is whose cannot be told.</source>
        <translation>Forma de CoinJoin: muchas salidas iguales. No se aplican ni la propiedad común de las entradas ni las heurísticas de cambio; no se puede saber qué salida es de quién.</translation>
    </message>
    <message>
        <source>Change heuristics</source>
        <translation>Heurísticas de cambio</translation>
    </message>
    <message>
        <source>Likely change: output %1 to %2</source>
        <translation>Cambio probable: salida %1 a %2</translation>
    </message>
    <message>
        <source>Tainted value moved (%1): %2 %3</source>
        <translation>Valor contaminado movido (%1): %2 %3</translation>
    </message>
    <message>
        <source>Select a node on the graph to see its tags, balance and taint.</source>
        <translation>Seleccione un nodo del grafo para ver sus etiquetas, su saldo y su contaminación.</translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation>Pegue la dirección</translation>
    </message>
    <message>
        <source>Amount in %1 (whole number)</source>
        <translation>Importe en %1 (número entero)</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 de %2 puntos</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Puntuación: %1 de %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Conclusiones del caso</translation>
    </message>
    <message>
        <source>Type at least four characters of an address or transaction id.</source>
        <translation>Escriba al menos cuatro caracteres de una dirección o de un ID de transacción.</translation>
    </message>
    <message>
        <source>“%1” is not on the graph yet. Follow the money further, then search again.</source>
        <translation>«%1» todavía no está en el grafo. Siga el dinero más allá y vuelva a buscar.</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Exportar el grafo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the graph to %1.</source>
        <translation>Grafo guardado en %1.</translation>
    </message>
    <message>
        <source>Export trace report…</source>
        <translation>Exportar informe de rastreo…</translation>
    </message>
    <message>
        <source>Choose a taint method first: the report gives its amounts.</source>
        <translation>Elija primero un método de contaminación: el informe indica sus importes.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Abra primero un caso.</translation>
    </message>
    <message>
        <source>Export trace report</source>
        <translation>Exportar informe de rastreo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the trace report to %1.</source>
        <translation>Informe de rastreo guardado en %1.</translation>
    </message>
    <message>
        <source>The trace report could not be saved: %1</source>
        <translation>No se pudo guardar el informe de rastreo: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Collapse the selected address&apos;s cluster into one node</source>
        <translation>Contraer el clúster de la dirección seleccionada en un solo nodo</translation>
    </message>
    <message>
        <source>Expand the selected cluster into its addresses</source>
        <translation>Expandir el clúster seleccionado en sus direcciones</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>&amp;Automatic (a peel chain as a line)</source>
        <translation>&amp;Automática (una cadena de pelado en línea)</translation>
    </message>
    <message>
        <source>&amp;Columns by hop</source>
        <translation>&amp;Columnas por salto</translation>
    </message>
    <message>
        <source>&amp;Peel chain</source>
        <translation>Cadena de &amp;pelado</translation>
    </message>
    <message>
        <source>Time &amp;from:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Show what moved from (UTC)</source>
        <translation>Mostrar lo que se movió desde (UTC)</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Show what moved until (UTC)</source>
        <translation>Mostrar lo que se movió hasta (UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Show everything again (the whole case)</source>
        <translation>Mostrar todo de nuevo (el caso completo)</translation>
    </message>
    <message>
        <source>Your tags above a node (✎: a note)</source>
        <translation>Sus etiquetas encima de un nodo (✎: una nota)</translation>
    </message>
    <message>
        <source>Click a node or press Enter to follow its money; Ctrl+Z takes the step back. Amounts on the lines are what moved; the wider the line, the more. Right-click a node for its cluster and notes.</source>
        <translation>Haga clic en un nodo o pulse Enter para seguir su dinero; Ctrl+Z deshace el paso. Los importes sobre las líneas son lo que se movió; cuanto más ancha es la línea, más dinero. Haga clic con el botón derecho en un nodo para ver su clúster y sus notas.</translation>
    </message>
    <message>
        <source>Your note and tags</source>
        <translation>Su nota y sus etiquetas</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Your note on the selected node</source>
        <translation>Su nota sobre el nodo seleccionado</translation>
    </message>
    <message>
        <source>What you found out about this address or transaction</source>
        <translation>Lo que ha averiguado sobre esta dirección o transacción</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Your tags on the selected node, separated by commas</source>
        <translation>Sus etiquetas sobre el nodo seleccionado, separadas por comas</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. suspect, cash-out</source>
        <translation>Separadas por comas, p. ej., sospechoso, salida a efectivo</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>Save note (Ctrl+Enter); Ctrl+Z on the graph takes it back</source>
        <translation>Guardar la nota (Ctrl+Enter); Ctrl+Z en el grafo la deshace</translation>
    </message>
    <message>
        <source>Saved with your progress: they come back when you open the case again.</source>
        <translation>Se guardan con su progreso: vuelven a aparecer cuando abra el caso de nuevo.</translation>
    </message>
    <message>
        <source>peel chain</source>
        <translation>cadena de pelado</translation>
    </message>
    <message>
        <source>columns by hop</source>
        <translation>columnas por salto</translation>
    </message>
    <message>
        <source>Layout of the graph (now: %1); zooms to fit after laying out</source>
        <translation>Disposición del grafo (ahora: %1); se ajusta a la vista después de reorganizarlo</translation>
    </message>
    <message>
        <source>Your notes on this case could not be read (%1), so they are not shown.</source>
        <translation>No se pudieron leer sus notas sobre este caso (%1), así que no se muestran.</translation>
    </message>
    <message>
        <source>Cluster: one of %1 addresses spent together in this case (common-input ownership), %2 of them on the graph. Ctrl+G collapses them into one node.</source>
        <translation>Clúster: una de las %1 direcciones gastadas juntas en este caso (propiedad común de las entradas), %2 de ellas en el grafo. Ctrl+G las contrae en un solo nodo.</translation>
    </message>
    <message>
        <source>Received tainted between %1 and %2 UTC: %3 %4</source>
        <translation>Fondos contaminados recibidos entre %1 y %2 UTC: %3 %4</translation>
    </message>
    <message>
        <source>Cluster (common-input ownership)</source>
        <translation>Clúster (propiedad común de las entradas)</translation>
    </message>
    <message>
        <source>%1 addresses in the case, %2 of them on the graph, shown as one node.</source>
        <translation>%1 direcciones en el caso, %2 de ellas en el grafo, mostradas como un solo nodo.</translation>
    </message>
    <message>
        <source>Addresses spent together as inputs of one transaction are taken to be one wallet&apos;s (Meiklejohn et al., 2013). CoinJoin-shaped transactions are left out: there the inputs belong to different people. A heuristic, not proof.</source>
        <translation>Se considera que las direcciones gastadas juntas como entradas de una misma transacción pertenecen a una sola billetera (Meiklejohn et al., 2013). Se excluyen las transacciones con forma de CoinJoin: en ellas, las entradas pertenecen a personas distintas. Es una heurística, no una prueba.</translation>
    </message>
    <message>
        <source>Joined by the transactions: %1</source>
        <translation>Unidas por las transacciones: %1</translation>
    </message>
    <message>
        <source>Tainted value received (%1): %2 %3</source>
        <translation>Valor contaminado recibido (%1): %2 %3</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G shows its addresses again; Enter follows the money of all of them.</source>
        <translation>Ctrl+Shift+G vuelve a mostrar sus direcciones; Enter sigue el dinero de todas ellas.</translation>
    </message>
    <message>
        <source>Expand the cluster to write a note on one of its addresses</source>
        <translation>Expanda el clúster para escribir una nota sobre una de sus direcciones</translation>
    </message>
    <message>
        <source>Select an address or transaction to write a note</source>
        <translation>Seleccione una dirección o transacción para escribir una nota</translation>
    </message>
    <message>
        <source>Showing only what moved in this time; the taint badges count only taint that arrived in it.</source>
        <translation>Solo se muestra lo que se movió en este periodo; los indicadores de contaminación solo cuentan los fondos contaminados que llegaron en él.</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
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
    <message>
        <source>Click a column heading to sort</source>
        <translation>Haga clic en el encabezado de una columna para ordenar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Save this report as CSV (Ctrl+E) or PDF (Ctrl+P)</source>
        <translation>Guardar este informe como CSV (Ctrl+E) o PDF (Ctrl+P)</translation>
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
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stop the export (Esc); nothing is saved</source>
        <translation>Detener la exportación (Esc); no se guarda nada</translation>
    </message>
    <message>
        <source>Bar chart; the same numbers are in the table beside it.</source>
        <translation>Gráfico de barras; los mismos valores figuran en la tabla de al lado.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). The numbers of each chart are in the table beside or below it.</source>
        <translation>
            <numerusform>%n miembro. Los valores de cada gráfico figuran en la tabla de al lado o de debajo.</numerusform>
            <numerusform>%n miembros. Los valores de cada gráfico figuran en la tabla de al lado o de debajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion and pass rate</source>
        <translation>Finalización y tasa de aprobados</translation>
    </message>
    <message>
        <source>% of officers</source>
        <translation>% de agentes</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentado</translation>
    </message>
    <message numerus="yes">
        <source>Completion: the share of the cohort&apos;s %n member(s) who completed the module. Pass rate: of the members who submitted the exam, those who passed it; scores are each member&apos;s best exam result (a module without an exam is scored by its mastery check; practice does not count).</source>
        <translation>
            <numerusform>Finalización: proporción de la cohorte (%n miembro) que completó el módulo. Tasa de aprobados: de los miembros que enviaron el examen, los que lo aprobaron; las puntuaciones son el mejor resultado de examen de cada miembro (un módulo sin examen se puntúa con su prueba de dominio; la práctica no cuenta).</numerusform>
            <numerusform>Finalización: proporción de la cohorte (%n miembros) que completó el módulo. Tasa de aprobados: de los miembros que enviaron el examen, los que lo aprobaron; las puntuaciones son el mejor resultado de examen de cada miembro (un módulo sin examen se puntúa con su prueba de dominio; la práctica no cuenta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Distribución de puntuaciones</translation>
    </message>
    <message>
        <source>Best exam score per officer</source>
        <translation>Mejor puntuación de examen por agente</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Puntuación (%)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Each officer who submitted the exam counts once per module, in the range of their best score.</source>
        <translation>Cada agente que envió el examen cuenta una vez por módulo, en el intervalo de su mejor puntuación.</translation>
    </message>
    <message>
        <source>Nobody in this cohort has submitted an exam yet.</source>
        <translation>Nadie de esta cohorte ha enviado todavía un examen.</translation>
    </message>
    <message>
        <source>Time spent in assessments</source>
        <translation>Tiempo dedicado a las evaluaciones</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Median per officer</source>
        <translation>Mediana por agente</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>From the start of each submitted attempt (exam, practice or mastery check) to its submission, at most the attempt&apos;s time limit. How long officers read lessons is not recorded, so it is not included.</source>
        <translation>Desde el inicio de cada intento enviado (examen, práctica o prueba de dominio) hasta su envío, como máximo el límite de tiempo del intento. No se registra cuánto tiempo dedican los agentes a leer las lecciones, así que no se incluye.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Fuera de plazo (%n)</numerusform>
            <numerusform>Fuera de plazo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation>Nadie está fuera de plazo.</translation>
    </message>
    <message>
        <source>No assessment to analyse.</source>
        <translation>No hay ninguna evaluación que analizar.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>No submitted attempts yet.</source>
        <translation>Aún no hay intentos enviados.</translation>
    </message>
    <message>
        <source>No officer chosen.</source>
        <translation>No se ha elegido ningún agente.</translation>
    </message>
    <message>
        <source>Modules and attempts</source>
        <translation>Módulos e intentos</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>This officer has not started a module yet.</source>
        <translation>Este agente aún no ha empezado ningún módulo.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Only trainers and administrators can export reports.</source>
        <translation>Solo los instructores y los administradores pueden exportar informes.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Writing PDF %1: row %2 of %3</source>
        <translation>Escribiendo el PDF %1: fila %2 de %3</translation>
    </message>
    <message>
        <source>Writing CSV %1: row %2 of %3</source>
        <translation>Escribiendo el CSV %1: fila %2 de %3</translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation>Exportación cancelada. %1 se dejó como estaba.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1. Choose another folder or file name and try again.</source>
        <translation>No se pudo guardar el informe: %1. Elija otra carpeta u otro nombre de archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Scenario paths</source>
        <translation>Recorridos de escenarios</translation>
    </message>
    <message>
        <source>Cohort, assessment, officer or scenario</source>
        <translation>Grupo, evaluación, agente o escenario</translation>
    </message>
    <message>
        <source>No scenario to report on.</source>
        <translation>No hay ningún escenario sobre el que informar.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>deficiente</translation>
    </message>
    <message>
        <source>How the plays ended</source>
        <translation>Cómo terminaron las partidas</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Nobody has finished this scenario yet.</source>
        <translation>Nadie ha terminado todavía este escenario.</translation>
    </message>
    <message>
        <source>Choices at each decision</source>
        <translation>Opciones en cada decisión</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna opción.</translation>
    </message>
    <message>
        <source>Plays finished: %1. Officers who finished it: %2. Choices recorded: %3. An officer who plays again counts again.</source>
        <translation>Partidas terminadas: %1. Agentes que lo terminaron: %2. Opciones registradas: %3. Un agente que vuelve a jugar cuenta de nuevo.</translation>
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
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>TRON</translation>
    </message>
    <message>
        <source>Litecoin (legacy, L…)</source>
        <translation>Litecoin (heredada, L…)</translation>
    </message>
    <message>
        <source>%1 Bitcoin legacy (P2PKH, 1…)</source>
        <translation>%1 Bitcoin heredada (P2PKH, 1…)</translation>
    </message>
    <message>
        <source>%1 Bitcoin nested SegWit (P2SH-P2WPKH, 3…)</source>
        <translation>%1 Bitcoin SegWit anidada (P2SH-P2WPKH, 3…)</translation>
    </message>
    <message>
        <source>%1 Bitcoin native SegWit (P2WPKH, bc1q…)</source>
        <translation>%1 Bitcoin SegWit nativa (P2WPKH, bc1q…)</translation>
    </message>
    <message>
        <source>%1 Bitcoin Taproot (P2TR, bc1p…)</source>
        <translation>%1 Bitcoin Taproot (P2TR, bc1p…)</translation>
    </message>
    <message>
        <source>TRON address (T…)</source>
        <translation>Dirección de TRON (T…)</translation>
    </message>
    <message>
        <source>Bitcoin native SegWit (bc1q…)</source>
        <translation>Bitcoin SegWit nativa (bc1q…)</translation>
    </message>
    <message>
        <source>Ethereum address (0x…)</source>
        <translation>Dirección de Ethereum (0x…)</translation>
    </message>
    <message>
        <source>Bitcoin legacy (1…)</source>
        <translation>Bitcoin heredada (1…)</translation>
    </message>
    <message>
        <source>Bitcoin Taproot (bc1p…)</source>
        <translation>Bitcoin Taproot (bc1p…)</translation>
    </message>
    <message>
        <source>Bitcoin nested SegWit (3…)</source>
        <translation>Bitcoin SegWit anidada (3…)</translation>
    </message>
    <message>
        <source>Wallet lab</source>
        <translation>Laboratorio de billeteras</translation>
    </message>
    <message>
        <source>&amp;Training wallet</source>
        <translation>&amp;Billetera de formación</translation>
    </message>
    <message>
        <source>&amp;Restore drill</source>
        <translation>&amp;Simulacro de restauración</translation>
    </message>
    <message>
        <source>Find the &amp;missing word</source>
        <translation>Encontrar la palabra que &amp;falta</translation>
    </message>
    <message>
        <source>Match the pat&amp;h</source>
        <translation>Asociar la &amp;ruta</translation>
    </message>
    <message>
        <source>TRAINING ONLY — never use these wallets for real funds. Never type a real seed phrase found at a search here: real wallet material goes to your force&apos;s digital-evidence / crypto-seizure specialists.</source>
        <translation>SOLO PARA FORMACIÓN — no use nunca estas billeteras para fondos reales. No escriba nunca aquí una frase semilla real encontrada en un registro: el material de billeteras reales se entrega a los especialistas en pruebas digitales / incautación de criptomonedas de su cuerpo policial.</translation>
    </message>
    <message>
        <source>Training only warning</source>
        <translation>Aviso: solo para formación</translation>
    </message>
    <message>
        <source>The seed card picture is missing from this installation; the words are in the module&apos;s lesson 2.</source>
        <translation>Falta la imagen de la tarjeta de semilla en esta instalación; las palabras están en la lección 2 del módulo.</translation>
    </message>
    <message>
        <source>Generate a training wallet and follow how its words become a seed, a master key, accounts and addresses. One phrase controls every one of them, on every chain.</source>
        <translation>Genere una billetera de formación y siga cómo sus palabras se convierten en una semilla, una clave maestra, cuentas y direcciones. Una sola frase las controla todas, en todas las cadenas.</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 palabras</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 palabras</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Word &amp;list:</source>
        <translation>&amp;Lista de palabras:</translation>
    </message>
    <message>
        <source>Word list language</source>
        <translation>Idioma de la lista de palabras</translation>
    </message>
    <message>
        <source>&amp;Generate training wallet</source>
        <translation>&amp;Generar billetera de formación</translation>
    </message>
    <message>
        <source>The words</source>
        <translation>Las palabras</translation>
    </message>
    <message>
        <source>No training wallet yet. Choose the number of words and the word list, then Generate.</source>
        <translation>Todavía no hay ninguna billetera de formación. Elija el número de palabras y la lista de palabras y, después, pulse «Generar billetera de formación».</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>Frase de &amp;contraseña (opcional):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Try any word: the same phrase gives a different wallet</source>
        <translation>Pruebe cualquier palabra: la misma frase da una billetera distinta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>From words to addresses</source>
        <translation>De las palabras a las direcciones</translation>
    </message>
    <message>
        <source>Derivation tree</source>
        <translation>Árbol de derivación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>Copies the selected address; the clipboard is cleared after 30 seconds</source>
        <translation>Copia la dirección seleccionada; el portapapeles se vacía al cabo de 30 segundos</translation>
    </message>
    <message>
        <source>Only addresses can be copied. The words, seed and keys never leave this screen.</source>
        <translation>Solo se pueden copiar las direcciones. Las palabras, la semilla y las claves nunca salen de esta pantalla.</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>Palabra %1: %2</translation>
    </message>
    <message>
        <source>This wallet could not be derived: %1</source>
        <translation>No se pudo derivar esta billetera: %1</translation>
    </message>
    <message numerus="yes">
        <source>Words (%n)</source>
        <translation>
            <numerusform>Palabras (%n)</numerusform>
            <numerusform>Palabras (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>The full phrase is in the grid above</source>
        <translation>La frase completa está en la cuadrícula de arriba</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, no passphrase)</source>
        <translation>Semilla (PBKDF2, sin frase de contraseña)</translation>
    </message>
    <message>
        <source>Seed (PBKDF2, with passphrase)</source>
        <translation>Semilla (PBKDF2, con frase de contraseña)</translation>
    </message>
    <message>
        <source>%1 (64 bytes)</source>
        <translation>%1 (64 bytes)</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>Clave maestra</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella digital %1</translation>
    </message>
    <message>
        <source>Master key fingerprint %1</source>
        <translation>Huella digital de la clave maestra: %1</translation>
    </message>
    <message>
        <source>Select and press Copy address (or Enter) to copy</source>
        <translation>Selecciónela y pulse «Copiar dirección» (o Enter) para copiarla</translation>
    </message>
    <message>
        <source>Master key fingerprint %1. Type a passphrase to see what it changes.</source>
        <translation>Huella digital de la clave maestra: %1. Escriba una frase de contraseña para ver qué cambia.</translation>
    </message>
    <message>
        <source>Same words, different passphrase: a different wallet. Master key fingerprint %1 with this passphrase, %2 without it; every address below is different too.</source>
        <translation>Mismas palabras, distinta frase de contraseña: una billetera distinta. Huella digital de la clave maestra: %1 con esta frase de contraseña y %2 sin ella; todas las direcciones de abajo también son distintas.</translation>
    </message>
    <message>
        <source>A seed card was photographed at a search (a training card from the module). Type its 12 words to restore the wallet and check that you recovered the address written on the card.</source>
        <translation>En un registro se fotografió una tarjeta de semilla (una tarjeta de formación del módulo). Escriba sus 12 palabras para restaurar la billetera y compruebe que ha recuperado la dirección anotada en la tarjeta.</translation>
    </message>
    <message>
        <source>Photograph of the training seed card</source>
        <translation>Fotografía de la tarjeta de semilla de formación</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palabra %1</translation>
    </message>
    <message>
        <source>P&amp;assphrase, if the card mentions one:</source>
        <translation>Frase de &amp;contraseña, si la tarjeta menciona alguna:</translation>
    </message>
    <message>
        <source>Restore passphrase</source>
        <translation>Frase de contraseña para la restauración</translation>
    </message>
    <message>
        <source>✗ Not on the word list</source>
        <translation>✗ No está en la lista de palabras</translation>
    </message>
    <message>
        <source>✗ Not on the word list. Did you mean: %1?</source>
        <translation>✗ No está en la lista de palabras. ¿Quería decir: %1?</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list.</source>
        <translation>✗ Palabra %1 desconocida: «%2» no está en la lista de palabras BIP39.</translation>
    </message>
    <message>
        <source>✗ Unknown word %1: “%2” is not on the BIP39 word list. Did you mean: %3?</source>
        <translation>✗ Palabra %1 desconocida: «%2» no está en la lista de palabras BIP39. ¿Quería decir: %3?</translation>
    </message>
    <message>
        <source>%1 of %2 words typed. Type each word as written on the card; suggestions appear as you type.</source>
        <translation>%1 de %2 palabras escritas. Escriba cada palabra tal como aparece en la tarjeta; las sugerencias aparecen mientras escribe.</translation>
    </message>
    <message>
        <source>✗ Wrong checksum: every word is on the list, but together they are not a valid phrase. A word is misread or two words are swapped; compare each word with the card again.</source>
        <translation>✗ Suma de comprobación incorrecta: todas las palabras están en la lista, pero juntas no forman una frase válida. Hay una palabra mal leída o dos palabras intercambiadas; vuelva a comparar cada palabra con la tarjeta.</translation>
    </message>
    <message>
        <source>✗ This is not a valid phrase: %1</source>
        <translation>✗ No es una frase válida: %1</translation>
    </message>
    <message>
        <source>Valid ✓ The 12 words pass the checksum.</source>
        <translation>Válida ✓ Las 12 palabras superan la suma de comprobación.</translation>
    </message>
    <message>
        <source>First BIP84 address (native SegWit, m/84&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>Primera dirección BIP84 (SegWit nativa, m/84&apos;/0&apos;/0&apos;/0/0):</translation>
    </message>
    <message>
        <source>First BIP44 address (legacy, m/44&apos;/0&apos;/0&apos;/0/0):</source>
        <translation>Primera dirección BIP44 (heredada, m/44&apos;/0&apos;/0&apos;/0/0):</translation>
    </message>
    <message>
        <source>✓ The first BIP84 address matches the address recorded on the card: you restored the right wallet. Drill complete.</source>
        <translation>✓ La primera dirección BIP84 coincide con la dirección anotada en la tarjeta: ha restaurado la billetera correcta. Simulacro completado.</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: a valid phrase, but not the card&apos;s. Check the words again.</source>
        <translation>✗ La primera dirección BIP84 no es la anotada en la tarjeta: la frase es válida, pero no es la de la tarjeta. Vuelva a comprobar las palabras.</translation>
    </message>
    <message>
        <source>✗ The first BIP84 address is not the one recorded on the card: with this passphrase the same words open a different wallet.</source>
        <translation>✗ La primera dirección BIP84 no es la anotada en la tarjeta: con esta frase de contraseña, las mismas palabras abren una billetera distinta.</translation>
    </message>
    <message>
        <source>Word 7 of this card is smudged. The last word carries a checksum, so only some of the 2,048 words fit. Try them all, then derive each candidate&apos;s first address until one matches the address the owner&apos;s records show.</source>
        <translation>La palabra 7 de esta tarjeta está emborronada. La última palabra lleva una suma de comprobación, así que solo encajan algunas de las 2048 palabras. Pruébelas todas y, después, derive la primera dirección de cada candidata hasta que una coincida con la dirección que muestran los registros del propietario.</translation>
    </message>
    <message>
        <source>Photograph of the training seed card with a smudged word</source>
        <translation>Fotografía de la tarjeta de semilla de formación con una palabra emborronada</translation>
    </message>
    <message>
        <source>Known first address (m/84&apos;/0&apos;/0&apos;/0/0): &lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>Primera dirección conocida (m/84&apos;/0&apos;/0&apos;/0/0): &lt;tt&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Tr&amp;y all 2,048 words</source>
        <translation>&amp;Probar las 2048 palabras</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Words tried</source>
        <translation>Palabras probadas</translation>
    </message>
    <message>
        <source>Words that pass the checksum</source>
        <translation>Palabras que superan la suma de comprobación</translation>
    </message>
    <message>
        <source>&amp;Derive first BIP84 address</source>
        <translation>&amp;Derivar la primera dirección BIP84</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin empezar.</translation>
    </message>
    <message>
        <source>Trying every word at position 7… %1 of 2,048 tried.</source>
        <translation>Probando todas las palabras en la posición 7… %1 de 2048 probadas.</translation>
    </message>
    <message>
        <source>Trying every word at position 7…</source>
        <translation>Probando todas las palabras en la posición 7…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept; try again when you are ready.</source>
        <translation>Cancelado. No se conservó nada; vuelva a intentarlo cuando quiera.</translation>
    </message>
    <message>
        <source>%1 of 2,048 words pass the checksum at position 7. Derive each one&apos;s first BIP84 address (select it and press Enter) to find the one that matches the known address.</source>
        <translation>%1 de 2048 palabras superan la suma de comprobación en la posición 7. Derive la primera dirección BIP84 de cada una (selecciónela y pulse Enter) para encontrar la que coincide con la dirección conocida.</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ coincide</translation>
    </message>
    <message>
        <source>✗ no match</source>
        <translation>✗ no coincide</translation>
    </message>
    <message>
        <source>“%1” gives %2, not the known address. Try another candidate.</source>
        <translation>«%1» da %2, que no es la dirección conocida. Pruebe con otra candidata.</translation>
    </message>
    <message>
        <source>✓ Found: word 7 is “%1”. Its first BIP84 address is the known address. Exercise complete.</source>
        <translation>✓ Encontrada: la palabra 7 es «%1». Su primera dirección BIP84 es la dirección conocida. Ejercicio completado.</translation>
    </message>
    <message>
        <source>A wallet&apos;s path says which kind of address it makes. Match each account path with its address type, then Check.</source>
        <translation>La ruta de una billetera indica qué tipo de dirección genera. Asocie cada ruta de cuenta con su tipo de dirección y, después, pulse «Comprobar».</translation>
    </message>
    <message>
        <source>Address type for %1</source>
        <translation>Tipo de dirección para %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Correcto</translation>
    </message>
    <message>
        <source>✗ It is: %1</source>
        <translation>✗ Es: %1</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 de %2 correctas</translation>
    </message>
    <message>
        <source>Valid: all %1 words are on the list and the checksum in the last word matches. Whoever holds these words controls the wallet.</source>
        <translation>Válida: las %1 palabras están en la lista y la suma de comprobación de la última palabra coincide. Quien tenga estas palabras controla la billetera.</translation>
    </message>
    <message>
        <source>Not valid: word %1, “%2”, is not on the BIP39 word list (nearest words: %3).</source>
        <translation>No válida: la palabra %1, «%2», no está en la lista de palabras BIP39 (palabras más parecidas: %3).</translation>
    </message>
    <message>
        <source>Not valid: it has %1 words, and a BIP39 phrase has 12, 15, 18, 21 or 24. A word is missing.</source>
        <translation>No válida: tiene %1 palabras, y una frase BIP39 tiene 12, 15, 18, 21 o 24. Falta una palabra.</translation>
    </message>
    <message>
        <source>Not valid: every word is on the list, but the checksum in the last word does not match. Two words are swapped or one is misread.</source>
        <translation>No válida: todas las palabras están en la lista, pero la suma de comprobación de la última palabra no coincide. Hay dos palabras intercambiadas o una mal leída.</translation>
    </message>
    <message>
        <source>Not valid: there are no words.</source>
        <translation>No válida: no hay palabras.</translation>
    </message>
    <message>
        <source>The suspect&apos;s phone has the Binance app open and logged in. No seed phrase was found anywhere.</source>
        <translation>El teléfono del sospechoso tiene la aplicación de Binance abierta y con la sesión iniciada. No se encontró ninguna frase semilla.</translation>
    </message>
    <message>
        <source>the exchange holds the keys: Binance can freeze the account and move the funds. Send it a preservation and freeze request at once; until then the suspect can withdraw from any device.</source>
        <translation>la plataforma de intercambio tiene las claves: Binance puede congelar la cuenta y mover los fondos. Envíele de inmediato una solicitud de conservación de datos y congelación; hasta entonces, el sospechoso puede retirar fondos desde cualquier dispositivo.</translation>
    </message>
    <message>
        <source>A steel plate stamped with 24 words, found in a bedroom drawer.</source>
        <translation>Una placa de acero con 24 palabras grabadas, encontrada en un cajón del dormitorio.</translation>
    </message>
    <message>
        <source>whoever has the 24 words controls the funds, from any wallet app anywhere. Nobody can freeze them: photograph the plate, secure it and call the seizure specialists.</source>
        <translation>quien tenga las 24 palabras controla los fondos, desde cualquier aplicación de billetera y en cualquier lugar. Nadie puede congelarlos: fotografíe la placa, asegúrela y llame a los especialistas en incautación.</translation>
    </message>
    <message>
        <source>A Ledger hardware wallet and a paper recovery card in the suspect&apos;s safe.</source>
        <translation>Una billetera de hardware Ledger y una tarjeta de recuperación en papel en la caja fuerte del sospechoso.</translation>
    </message>
    <message>
        <source>the keys are on the device and the card; no company can freeze them. The card alone is enough to move the funds, so secure both under dual control.</source>
        <translation>las claves están en el dispositivo y en la tarjeta; ninguna empresa puede congelarlas. Basta con la tarjeta para mover los fondos, así que asegure ambos bajo doble control.</translation>
    </message>
    <message>
        <source>Monthly statements of an account at a licensed Hong Kong virtual-asset trading platform, in the suspect&apos;s name.</source>
        <translation>Extractos mensuales de una cuenta a nombre del sospechoso en una plataforma autorizada de negociación de activos virtuales de Hong Kong.</translation>
    </message>
    <message>
        <source>the licensed platform holds the keys and can freeze the account. Send a preservation request through the proper legal channel; the platform keeps the records of every deposit and withdrawal.</source>
        <translation>la plataforma autorizada tiene las claves y puede congelar la cuenta. Envíe una solicitud de conservación de datos por el cauce legal adecuado; la plataforma conserva los registros de cada depósito y retirada.</translation>
    </message>
    <message>
        <source>A MetaMask extension installed in the web browser on the suspect&apos;s laptop.</source>
        <translation>Una extensión de MetaMask instalada en el navegador web del portátil del sospechoso.</translation>
    </message>
    <message>
        <source>MetaMask keeps the keys on the laptop; its recovery phrase restores them anywhere. MetaMask cannot freeze anything: whoever has the phrase or the unlocked extension can move the funds.</source>
        <translation>MetaMask guarda las claves en el portátil; su frase de recuperación las restaura en cualquier lugar. MetaMask no puede congelar nada: quien tenga la frase o la extensión desbloqueada puede mover los fondos.</translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Self-custody</source>
        <translation>Autocustodia</translation>
    </message>
    <message>
        <source>&amp;Spot the invalid phrase</source>
        <translation>&amp;Identificar la frase no válida</translation>
    </message>
    <message>
        <source>C&amp;ustodial or self-custody?</source>
        <translation>¿C&amp;ustodia o autocustodia?</translation>
    </message>
    <message>
        <source>Words written down at a search are not always a wallet. Tick each phrase that is NOT a valid BIP39 phrase, then Check: the checksum, the word list and the number of words decide.</source>
        <translation>Las palabras anotadas que se encuentran en un registro no siempre son una billetera. Marque cada frase que NO sea una frase BIP39 válida y, después, pulse «Comprobar»: deciden la suma de comprobación, la lista de palabras y el número de palabras.</translation>
    </message>
    <message>
        <source>Tick when this phrase is not valid</source>
        <translation>Marque si esta frase no es válida</translation>
    </message>
    <message>
        <source>&amp;New phrases</source>
        <translation>&amp;Nuevas frases</translation>
    </message>
    <message>
        <source>Phrase %1 is not valid</source>
        <translation>La frase %1 no es válida</translation>
    </message>
    <message>
        <source>✗ It is valid</source>
        <translation>✗ Es válida</translation>
    </message>
    <message>
        <source>✗ It is not valid</source>
        <translation>✗ No es válida</translation>
    </message>
    <message>
        <source>Who holds the keys decides what you do next: a company that can freeze the funds, or whoever has the words or the device. Choose for each case, then Check.</source>
        <translation>Quién tiene las claves determina el siguiente paso: una empresa que puede congelar los fondos, o quien tenga las palabras o el dispositivo. Elija una opción para cada caso y, después, pulse «Comprobar».</translation>
    </message>
    <message>
        <source>Case %1: custodial or self-custody</source>
        <translation>Caso %1: custodia o autocustodia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In the tracing lab&apos;s cases</source>
        <translation>En los casos del laboratorio de rastreo</translation>
    </message>
    <message>
        <source>The first %1 receiving and change addresses of every usual path (Bitcoin and its test network, Ethereum, TRON, Litecoin) were looked up in the cases&apos; simulated ledger.</source>
        <translation>Se buscaron en el libro mayor simulado de los casos las primeras %1 direcciones de recepción y de cambio de cada ruta habitual (Bitcoin y su red de pruebas, Ethereum, TRON, Litecoin).</translation>
    </message>
    <message>
        <source>None of them occurs in a case: on a real wallet, check every chain and path with a block explorer before concluding it is empty.</source>
        <translation>Ninguna aparece en un caso: con un monedero real, compruebe cada cadena y cada ruta con un explorador de bloques antes de concluir que está vacío.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Holds at the end of the case</source>
        <translation>Saldo al final del caso</translation>
    </message>
    <message>
        <source>%1 (the money passed through)</source>
        <translation>%1 (el dinero solo pasó por ella)</translation>
    </message>
    <message>
        <source>These words control that money now. Seize it by moving it to a force-controlled wallet under dual control, and record every step for the chain of custody.</source>
        <translation>Estas palabras controlan ahora ese dinero. Incáutelo transfiriéndolo a un monedero controlado por el cuerpo bajo doble control y registre cada paso para la cadena de custodia.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Crypto Crime Academy</source>
        <translation>Crypto Crime Academy</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>No hay filas.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
</context>
</TS>
