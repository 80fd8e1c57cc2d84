<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>it cannot be written to</source>
        <translation>no se puede escribir en ella</translation>
    </message>
    <message>
        <source>Quiet Legs cannot write to its data folder {0} ({1}). Make room on that disk, then start Quiet Legs again.</source>
        <translation>Quiet Legs no puede escribir en su carpeta de datos {0} ({1}). Libera espacio en ese disco y vuelve a abrir Quiet Legs.</translation>
    </message>
    <message>
        <source>Quiet Legs cannot use its data folder {0} ({1}). Make sure the folder exists and that you may write to it, or start Quiet Legs with --data-dir set to another folder.</source>
        <translation>Quiet Legs no puede usar su carpeta de datos {0} ({1}). Comprueba que la carpeta existe y que puedes escribir en ella, o abre Quiet Legs con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>Quiet Legs could not start because of an unexpected problem ({0}). Start it again; if it happens again, the details are in {1}.</source>
        <translation>Quiet Legs no pudo arrancar por un problema inesperado ({0}). Vuelve a abrirlo; si vuelve a pasar, los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Quiet Legs could not start because of an unexpected problem ({0}). Start it again.</source>
        <translation>Quiet Legs no pudo arrancar por un problema inesperado ({0}). Vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The journal is in use by another Quiet Legs program (perhaps an import from the command line). Try again in a moment.</source>
        <translation>Otro programa de Quiet Legs está usando el diario (quizá una importación desde la línea de órdenes). Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>%1, nights of %2 to %3</source>
        <comment>the person, the period</comment>
        <translation>%1, noches del %2 al %3</translation>
    </message>
    <message>
        <source>nights of %1 to %2</source>
        <translation>noches del %1 al %2</translation>
    </message>
    <message>
        <source>Nights logged: %1 of %2 (%3). Compared with the same number of nights just before (%4, %5 logged).</source>
        <translation>Noches anotadas: %1 de %2 (%3). Comparado con el mismo número de noches justo antes (%4, %5 anotadas).</translation>
    </message>
    <message>
        <source>Nights logged: %1 of %2. Compared with the same number of nights just before (%3, %4 logged).</source>
        <translation>Noches anotadas: %1 de %2. Comparado con el mismo número de noches justo antes (%3, %4 anotadas).</translation>
    </message>
    <message>
        <source>Sleep and leg symptoms</source>
        <translation>Sueño y síntomas de piernas</translation>
    </message>
    <message>
        <source>Averages per logged night</source>
        <translation>Medias por noche anotada</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Síntomas de piernas</translation>
    </message>
    <message>
        <source>All leg symptoms</source>
        <translation>Todos los síntomas de piernas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Woke the person</source>
        <translation>Despertó a la persona</translation>
    </message>
    <message>
        <source>No leg symptoms were logged in this period.</source>
        <translation>No se anotaron síntomas de piernas en este periodo.</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Lo que se usó</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usado</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>Antes de dormir</translation>
    </message>
    <message>
        <source>In the night</source>
        <translation>Durante la noche</translation>
    </message>
    <message>
        <source>Typical dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <source>Nothing was logged as used in this period.</source>
        <translation>No se anotó nada como usado en este periodo.</translation>
    </message>
    <message>
        <source>Top findings from Insights (associations, not proof of cause)</source>
        <translation>Resultados principales del análisis (asociaciones, no pruebas de causa)</translation>
    </message>
    <message>
        <source>Averages are per logged night. Total sleep is the time from lights out to the final awakening, less the minutes to fall asleep and the minutes awake. Sleep efficiency is total sleep as a share of the time in bed. “Before bed” and “In the night” count the nights on which something was used at that time: uses before bed belong to the night that followed; uses in the night were usually reactions to symptoms.</source>
        <translation>Las medias son por noche anotada. El sueño total es el tiempo desde que se apaga la luz hasta el despertar final, menos los minutos hasta dormirse y los minutos despierto. La eficiencia del sueño es el sueño total como parte del tiempo en la cama. «Antes de dormir» y «Durante la noche» cuentan las noches en que se usó algo a esa hora: lo usado antes de dormir corresponde a la noche siguiente; lo usado durante la noche solía ser una reacción a los síntomas.</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>{0}: taken {1} of {2} evenings; missed {3}, skipped {4} on purpose.</source>
        <translation>{0}: tomado {1} de {2} noches; olvidado {3}, saltado a propósito {4}.</translation>
    </message>
    <message>
        <source>Missed on {0}.</source>
        <translation>Olvidado el {0}.</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for %1 and the other habits; not adjusted for %2 (associations, not proof of cause).</source>
        <translation>La eficiencia del sueño se muestra noche a noche y por mes; el gráfico de efectos compara las noches tras cada hábito con las noches sin él, ajustado por %1 y los demás hábitos; sin ajustar por %2 (asociaciones, no pruebas de causa).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for %1 and the other habits (associations, not proof of cause).</source>
        <translation>La eficiencia del sueño se muestra noche a noche y por mes; el gráfico de efectos compara las noches tras cada hábito con las noches sin él, ajustado por %1 y los demás hábitos (asociaciones, no pruebas de causa).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for the other habits; not adjusted for %2 (associations, not proof of cause).</source>
        <translation>La eficiencia del sueño se muestra noche a noche y por mes; el gráfico de efectos compara las noches tras cada hábito con las noches sin él, ajustado por los demás hábitos; sin ajustar por %2 (asociaciones, no pruebas de causa).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for the other habits (associations, not proof of cause).</source>
        <translation>La eficiencia del sueño se muestra noche a noche y por mes; el gráfico de efectos compara las noches tras cada hábito con las noches sin él, ajustado por los demás hábitos (asociaciones, no pruebas de causa).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Self-experiment: %1</source>
        <translation>Autoexperimento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 pairs of %2-night periods on and off %3 with %n washout night(s) before each switch, the order within each pair drawn at random; nights of %4 to %5.</source>
        <translation>
            <numerusform>%1 pares de periodos de %2 noches con y sin %3, con %n noche de descanso antes de cada cambio, el orden dentro de cada par sorteado; noches del %4 al %5.</numerusform>
            <numerusform>%1 pares de periodos de %2 noches con y sin %3, con %n noches de descanso antes de cada cambio, el orden dentro de cada par sorteado; noches del %4 al %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pairs of %2-night periods on and off %3, the order within each pair drawn at random; nights of %4 to %5.</source>
        <translation>%1 pares de periodos de %2 noches con y sin %3, el orden dentro de cada par sorteado; noches del %4 al %5.</translation>
    </message>
    <message>
        <source>Judged by: %1.</source>
        <translation>Valorado por: %1.</translation>
    </message>
    <message>
        <source>Smallest p-value this design can reach: %1.</source>
        <translation>Valor p más pequeño que este diseño puede alcanzar: %1.</translation>
    </message>
    <message>
        <source>Stopped early after the night of %1.</source>
        <translation>Terminado antes, tras la noche del %1.</translation>
    </message>
    <message>
        <source>Difference, on − off (%1)</source>
        <comment>its unit</comment>
        <translation>Diferencia, con − sin (%1)</translation>
    </message>
    <message>
        <source>Difference, on − off</source>
        <translation>Diferencia, con − sin</translation>
    </message>
    <message>
        <source>Nights logged on / off</source>
        <translation>Noches anotadas con / sin</translation>
    </message>
    <message>
        <source>Nights that followed the plan</source>
        <translation>Noches que siguieron el plan</translation>
    </message>
    <message>
        <source>95% interval (over the pairs)</source>
        <translation>Intervalo del 95 % (sobre los pares)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an interval</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Randomisation p-value</source>
        <translation>Valor p de la aleatorización</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Nights count in the period the schedule gave them, whatever was taken, so a plan not followed shows a smaller, less certain difference. The p-value is exact over the orders the design allowed.</source>
        <translation>Las noches cuentan en el periodo que les dio el calendario, se tomara lo que se tomara; por eso un plan no seguido muestra una diferencia menor y menos segura. El valor p es exacto sobre los órdenes que permitía el diseño.</translation>
    </message>
    <message>
        <source>%1 %2 (woke)</source>
        <comment>a symptom, its severity, and that it woke the person</comment>
        <translation>%1 %2 (despertó)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a symptom and its severity</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Bed: into bed. Woke: final awakening. Sleep: total sleep (hours:minutes). Eff.: sleep efficiency. Qual.: sleep quality 1–5 (5 very good). Legs: leg discomfort 0–10. Symptoms: kind and severity 0–10, (woke) when it woke the person. Before bed: what was used or met before going to bed.</source>
        <translation>Cama: hora de acostarse. Despertó: despertar final. Sueño: sueño total (horas:minutos). Efic.: eficiencia del sueño. Cal.: calidad del sueño 1–5 (5 muy buena). Piernas: molestias en las piernas 0–10. Síntomas: tipo e intensidad 0–10, (despertó) cuando despertó a la persona. Antes de dormir: lo que se usó o hubo antes de acostarse.</translation>
    </message>
    <message>
        <source>No nights were logged in this period.</source>
        <translation>No se anotaron noches en este periodo.</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Noche del</translation>
    </message>
    <message>
        <source>Woke</source>
        <translation>Despertó</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Eff.</source>
        <translation>Efic.</translation>
    </message>
    <message>
        <source>Qual.</source>
        <translation>Cal.</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <comment>an appointment: date, time · with whom</comment>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an appointment: date · with whom</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>For this visit</source>
        <translation>Para esta visita</translation>
    </message>
    <message>
        <source>No appointment is planned in the journal. Questions to ask:</source>
        <translation>No hay ninguna cita prevista en el diario. Preguntas que hacer:</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>None written down yet.</source>
        <translation>Aún no hay nada anotado.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Última visita: %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Nuevo medicamento</translation>
    </message>
    <message>
        <source>Treatment or test</source>
        <translation>Tratamiento o prueba</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Write down during the visit</source>
        <translation>Anota durante la visita</translation>
    </message>
    <message>
        <source>Urgent: care the same day</source>
        <translation>Urgente: atención el mismo día</translation>
    </message>
    <message>
        <source>Soon: worth telling the doctor</source>
        <translation>Pronto: conviene contárselo al médico</translation>
    </message>
    <message>
        <source>Worth raising at this visit</source>
        <translation>Conviene comentarlo en esta visita</translation>
    </message>
    <message>
        <source>Warning signs in what was logged, from the background guidance on leg symptoms. They are prompts to ask about, not diagnoses; the date is the first night of each episode.</source>
        <translation>Señales de aviso en lo anotado, según la información de referencia sobre síntomas de piernas. Son motivos para preguntar, no diagnósticos; la fecha es la primera noche de cada episodio.</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>Primera noche</translation>
    </message>
    <message>
        <source>What was logged</source>
        <translation>Lo anotado</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Consejos recibidos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1 &amp;Help</source>
        <translation>&amp;Ayuda de %1</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>Columns of {0}</source>
        <translation>Columnas de {0}</translation>
    </message>
    <message>
        <source>Got into bed</source>
        <translation>Se acostó</translation>
    </message>
    <message>
        <source>Got out of bed</source>
        <translation>Se levantó</translation>
    </message>
    <message>
        <source>Woke up for good</source>
        <translation>Despertó del todo</translation>
    </message>
    <message>
        <source>Date of the night</source>
        <translation>Fecha de la noche</translation>
    </message>
    <message>
        <source>Lights out</source>
        <translation>Luz apagada</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date (QLocale&apos;s pattern): Sun 23 Aug 2026</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date in a table (QLocale&apos;s pattern): Sun 23 Aug</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in a period (QLocale&apos;s pattern): 23 Aug 2026</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a period&apos;s first day in the same year: 23 Aug</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>a clock time (QLocale&apos;s pattern)</comment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes: 6 h 42 min</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>a change in percentage points</comment>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minutos hasta dormirse</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Despertares</translation>
    </message>
    <message>
        <source>Sleep quality (1 very poor – 5 very good)</source>
        <translation>Calidad del sueño (1 muy mala – 5 muy buena)</translation>
    </message>
    <message>
        <source>Leg discomfort (0 none – 10 worst)</source>
        <translation>Molestias en las piernas (0 nada – 10 lo peor)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>%1 %2, better</source>
        <comment>a change: ↑ 12 min, better</comment>
        <translation>%1 %2, mejor</translation>
    </message>
    <message>
        <source>%1 %2, worse</source>
        <comment>a change: ↓ 12 min, worse</comment>
        <translation>%1 %2, peor</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its unit: 300 mg</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RLS urge</source>
        <translation>Necesidad de moverse (SPI)</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Espasmo</translation>
    </message>
    <message>
        <source>Kicks</source>
        <translation>Sacudidas</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Agujetas</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a symptom</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Times woken</source>
        <translation>Veces despierto</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minutos despierto durante la noche</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Calidad del sueño (1–5)</translation>
    </message>
    <message>
        <source>How rested (1–5)</source>
        <translation>Descanso (1–5)</translation>
    </message>
    <message>
        <source>Legs (0–10)</source>
        <translation>Piernas (0–10)</translation>
    </message>
    <message>
        <source>Which column holds what? A night needs the time you got into bed, and the time you got up or woke. Clock times need the night&apos;s date. Quiet Legs remembers your choices for files with these columns.</source>
        <translation>¿Qué columna tiene qué? Una noche necesita la hora a la que te acostaste y la hora a la que te levantaste o despertaste. Las horas necesitan la fecha de la noche. Quiet Legs recuerda tu elección para los archivos con estas columnas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>As the file shows (2026-03-31, 31/03/2026)</source>
        <translation>Como en el archivo (2026-03-31, 31/03/2026)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Día/mes/año</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Mes/día/año</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Habits from {0}</source>
        <translation>Hábitos de {0}</translation>
    </message>
    <message>
        <source>Which intervention is each habit? Only the days you checked a habit are imported, on that day&apos;s evening. Quiet Legs remembers your choices.</source>
        <translation>¿Qué remedio es cada hábito? Solo se importan los días en que marcaste un hábito, en la noche de ese día. Quiet Legs recuerda tu elección.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Kind for the habit {0}</source>
        <translation>Tipo para el hábito {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>Import from {0}</source>
        <translation>Importar de {0}</translation>
    </message>
    <message>
        <source>{0} holds a Quiet Legs journal.</source>
        <translation>{0} contiene un diario de Quiet Legs.</translation>
    </message>
    <message>
        <source>{0} is a CSV file of nights.</source>
        <translation>{0} es un archivo CSV de noches.</translation>
    </message>
    <message>
        <source>{0} is a {1} export.</source>
        <translation>{0} es una exportación de {1}.</translation>
    </message>
    <message>
        <source>This cannot be imported, and your journal stays as it is: {0}</source>
        <translation>Esto no se puede importar y tu diario se queda como está: {0}</translation>
    </message>
    <message>
        <source>Your journal is backed up first. A record already in your journal is replaced by the file&apos;s version; nothing else in your journal changes.</source>
        <translation>Antes se hace una copia de tu diario. Un registro que ya está en tu diario se sustituye por la versión del archivo; nada más cambia en tu diario.</translation>
    </message>
    <message>
        <source>Your journal is backed up first. Nights you already logged are never changed.</source>
        <translation>Antes se hace una copia de tu diario. Las noches que ya anotaste nunca se cambian.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your journal stays as it is.</source>
        <translation>No hay nada nuevo que importar: tu diario se queda como está.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>naps or day sleeps</source>
        <translation>siestas o sueño de día</translation>
    </message>
    <message>
        <source>the same record more than once in the export</source>
        <translation>el mismo registro más de una vez en la exportación</translation>
    </message>
    <message>
        <source>not plausible as a night</source>
        <translation>no es verosímil como noche</translation>
    </message>
    <message>
        <source>overlapping another night of the export</source>
        <translation>se solapan con otra noche de la exportación</translation>
    </message>
    <message>
        <source>already imported before, unchanged</source>
        <translation>ya importado antes, sin cambios</translation>
    </message>
    <message>
        <source>nights already in your journal (kept as they are)</source>
        <translation>noches que ya están en tu diario (se quedan como están)</translation>
    </message>
    <message>
        <source>overlapping a night already in your journal</source>
        <translation>se solapan con una noche que ya está en tu diario</translation>
    </message>
    <message>
        <source>checks of habits you chose not to import</source>
        <translation>marcas de hábitos que elegiste no importar</translation>
    </message>
    <message>
        <source>days the app only guessed from a habit&apos;s frequency (not checked)</source>
        <translation>días que la app solo estimó por la frecuencia de un hábito (sin marcar)</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>No se importará nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n noche.</numerusform>
            <numerusform>Se añadirán %n noches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n remedio.</numerusform>
            <numerusform>Se añadirán %n remedios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of nights recorded in pieces will be joined into their nights.</source>
        <translation>
            <numerusform>%n parte de una noche registrada por partes se unirá a su noche.</numerusform>
            <numerusform>%n partes de noches registradas por partes se unirán a sus noches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n síntoma.</numerusform>
            <numerusform>Se añadirán %n síntomas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n cita.</numerusform>
            <numerusform>Se añadirán %n citas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kind(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n tipo nuevo.</numerusform>
            <numerusform>Se añadirán %n tipos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>Se sustituirá %n noche que ya está en tu diario.</numerusform>
            <numerusform>Se sustituirán %n noches que ya están en tu diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>Se sustituirá %n síntoma que ya está en tu diario.</numerusform>
            <numerusform>Se sustituirán %n síntomas que ya están en tu diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>Se sustituirá %n remedio que ya está en tu diario.</numerusform>
            <numerusform>Se sustituirán %n remedios que ya están en tu diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>Se sustituirá %n cita que ya está en tu diario.</numerusform>
            <numerusform>Se sustituirán %n citas que ya están en tu diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>No night will be added.</source>
        <translation>No se añadirá ninguna noche.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitido:</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation>• {0}: {1}</translation>
    </message>
    <message>
        <source> (e.g. {0})</source>
        <translation> (p. ej., {0})</translation>
    </message>
    <message>
        <source>Nothing new will be added.</source>
        <translation>No se añadirá nada nuevo.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>

Not in the CSV files: {0}. File → Export… as JSON keeps them.</source>
        <translation>

No están en los archivos CSV: {0}. Archivo → Exportar… como JSON los conserva.</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} y {2}</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the nights in a Quiet Legs JSON file, in CSV files (.csv or .zip), or in an export of Sleep as Android, Fitbit or Loop Habit Tracker, to your journal</source>
        <translation>Añadir a tu diario las noches de un archivo JSON de Quiet Legs, de archivos CSV (.csv o .zip) o de una exportación de Sleep as Android, Fitbit o Loop Habit Tracker</translation>
    </message>
    <message>
        <source>Import a CSV &amp;Folder…</source>
        <translation>Importar una &amp;carpeta CSV…</translation>
    </message>
    <message>
        <source>Add the nights in a folder of CSV files (nights.csv, symptoms.csv, …), or in an unpacked Fitbit or Loop Habit Tracker export, to your journal</source>
        <translation>Añadir a tu diario las noches de una carpeta de archivos CSV (nights.csv, symptoms.csv, …) o de una exportación descomprimida de Fitbit o Loop Habit Tracker</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the whole journal as one file that Quiet Legs can import again</source>
        <translation>Guardar todo el diario en un archivo que Quiet Legs puede volver a importar</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheets (CSV)…</source>
        <translation>Exportar para &amp;hojas de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Save the journal as four CSV files in a new folder, for a spreadsheet</source>
        <translation>Guardar el diario como cuatro archivos CSV en una carpeta nueva, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Your journal is unchanged. Choose a Quiet Legs .json file, CSV files, another app&apos;s export, or a folder of them.</source>
        <translation>Tu diario no ha cambiado. Elige un archivo .json de Quiet Legs, archivos CSV, la exportación de otra app o una carpeta con ellos.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>Your journal failed its check, so nothing was written into it.</source>
        <translation>Tu diario no pasó la comprobación, así que no se escribió nada en él.</translation>
    </message>
    <message>
        <source>Imported {0} from {1}.</source>
        <translation>Se importaron {0} de {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The first ones:</source>
        <translation>
            <numerusform>Se encontró %n problema:</numerusform>
            <numerusform>Se encontraron %n problemas. Los primeros:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details… lists them all).</source>
        <translation>
            <numerusform>… y %n más (Mostrar detalles… los enumera todos).</numerusform>
            <numerusform>… y %n más (Mostrar detalles… los enumera todos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n hito</numerusform>
            <numerusform>%n hitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned experiment(s)</source>
        <translation>
            <numerusform>%n experimento planificado</numerusform>
            <numerusform>%n experimentos planificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n síntoma</numerusform>
            <numerusform>%n síntomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n remedio</numerusform>
            <numerusform>%n remedios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal now holds %n night(s).</source>
        <translation>
            <numerusform>Tu diario tiene ahora %n noche.</numerusform>
            <numerusform>Tu diario tiene ahora %n noches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal as it was before is kept as a backup (File → Settings…).</source>
        <translation>Tu diario tal como estaba se guarda como copia (Archivo → Ajustes…).</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>the folder {0}</source>
        <translation>la carpeta {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}, and your journal is unchanged.</source>
        <translation>No se importó nada de {0} y tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Correct this in the CSV files, then import the folder again.</source>
        <translation>Corrígelo en los archivos CSV y vuelve a importar la carpeta.</translation>
    </message>
    <message>
        <source>Correct this in the file, then import it again.</source>
        <translation>Corrígelo en el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Guardando {0}…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>Se guardaron {0} en {1}.</translation>
    </message>
    <message>
        <source>In {0}

It holds your whole journal; File → Import… reads it back. It holds health data, so keep it somewhere private.</source>
        <translation>En {0}

Contiene todo tu diario; Archivo → Importar… lo vuelve a leer. Contiene datos de salud, así que guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>Leyendo tu diario…</translation>
    </message>
    <message>
        <source>Saving the CSV files…</source>
        <translation>Guardando los archivos CSV…</translation>
    </message>
    <message>
        <source>Saved {0} as CSV files in the new folder {1}.</source>
        <translation>Se guardaron {0} como archivos CSV en la carpeta nueva {1}.</translation>
    </message>
    <message>
        <source>In {0}

nights.csv, symptoms.csv, interventions.csv and kinds.csv open in any spreadsheet. They hold health data, so keep them somewhere private.</source>
        <translation>En {0}

nights.csv, symptoms.csv, interventions.csv y kinds.csv se abren con cualquier hoja de cálculo. Contienen datos de salud, así que guárdalos en un lugar privado.</translation>
    </message>
    <message>
        <source>Adding the nights from {0}…</source>
        <translation>Añadiendo las noches de {0}…</translation>
    </message>
    <message>
        <source>Log the night of {0}</source>
        <translation>Anotar la noche del {0}</translation>
    </message>
    <message>
        <source>Edit the night of {0}</source>
        <translation>Editar la noche del {0}</translation>
    </message>
    <message>
        <source>Delete the night of {0}</source>
        <translation>Borrar la noche del {0}</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Añadir un síntoma</translation>
    </message>
    <message>
        <source>Edit a symptom</source>
        <translation>Editar un síntoma</translation>
    </message>
    <message>
        <source>Delete a symptom</source>
        <translation>Borrar un síntoma</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Añadir un remedio</translation>
    </message>
    <message>
        <source>Edit an intervention</source>
        <translation>Editar un remedio</translation>
    </message>
    <message>
        <source>Delete an intervention</source>
        <translation>Borrar un remedio</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Añadir {0}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Cambiar {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Borrar {0}</translation>
    </message>
    <message>
        <source>Add the appointment of {0}</source>
        <translation>Añadir la cita del {0}</translation>
    </message>
    <message>
        <source>Edit the appointment of {0}</source>
        <translation>Editar la cita del {0}</translation>
    </message>
    <message>
        <source>Delete the appointment of {0}</source>
        <translation>Borrar la cita del {0}</translation>
    </message>
    <message>
        <source>Add the milestone of {0}</source>
        <translation>Añadir el hito del {0}</translation>
    </message>
    <message>
        <source>Edit the milestone of {0}</source>
        <translation>Editar el hito del {0}</translation>
    </message>
    <message>
        <source>Delete the milestone of {0}</source>
        <translation>Borrar el hito del {0}</translation>
    </message>
    <message>
        <source>Add a regimen</source>
        <translation>Añadir una pauta</translation>
    </message>
    <message>
        <source>Correct a regimen</source>
        <translation>Corregir una pauta</translation>
    </message>
    <message>
        <source>Change a regimen from {0}</source>
        <translation>Cambiar una pauta desde el {0}</translation>
    </message>
    <message>
        <source>End a regimen</source>
        <translation>Terminar una pauta</translation>
    </message>
    <message>
        <source>Delete a regimen</source>
        <translation>Borrar una pauta</translation>
    </message>
    <message>
        <source>Log the regimen of {0}</source>
        <translation>Anotar la pauta del {0}</translation>
    </message>
    <message>
        <source>Skip a dose on {0}</source>
        <translation>Saltar una toma el {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Notes from the visit written down</source>
        <translation>Notas de la visita anotadas</translation>
    </message>
    <message>
        <source>Nothing written down after it yet</source>
        <translation>Aún no hay nada anotado después</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Cantidad habitual</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyos</translation>
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
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>%1, woke me</source>
        <translation>%1, me despertó</translation>
    </message>
    <message>
        <source>eased by %1</source>
        <translation>aliviado con %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>eased</source>
        <translation>aliviado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sueño total</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>What you do, take or meet: the kinds you can log as interventions.</source>
        <translation>Lo que haces, tomas o te encuentras: los tipos que puedes anotar como remedios.</translation>
    </message>
    <message>
        <source>Show &amp;hidden kinds</source>
        <translation>Mostrar tipos &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;New kind</source>
        <translation>&amp;Nuevo tipo</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Delete kind</source>
        <translation>Borrar tipo</translation>
    </message>
    <message>
        <source>optional, e.g. 300</source>
        <translation>opcional, p. ej., 300</translation>
    </message>
    <message>
        <source>optional, e.g. mg</source>
        <translation>opcional, p. ej., mg</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>Usual &amp;amount</source>
        <translation>Cantidad &amp;habitual</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Acts s&amp;lowly (judge it over weeks)</source>
        <translation>Actúa &amp;despacio (valorar en semanas)</translation>
    </message>
    <message>
        <source>For remedies that build up over weeks, like iron or many medications. Insights then also compares nights by how often you took it over the last four weeks, not only by whether you took it that evening.</source>
        <translation>Para remedios que actúan a lo largo de semanas, como el hierro o muchos medicamentos. Análisis compara entonces las noches también según cuántas veces lo tomaste en las últimas cuatro semanas, no solo según si lo tomaste esa noche.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>E&amp;xperiment…</source>
        <translation>E&amp;xperimento…</translation>
    </message>
    <message>
        <source>Plan a page-experiment: nights on and off this kind, in random order</source>
        <translation>Planificar un experimento: noches con y sin este tipo, en orden aleatorio</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Ocultarlo</translation>
    </message>
    <message>
        <source>Last 30 nights</source>
        <translation>Últimas 30 noches</translation>
    </message>
    <message>
        <source>Last 90 nights</source>
        <translation>Últimas 90 noches</translation>
    </message>
    <message>
        <source>Last 365 nights</source>
        <translation>Últimas 365 noches</translation>
    </message>
    <message>
        <source>All nights</source>
        <translation>Todas las noches</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart on show as PNG or SVG (Ctrl+E)</source>
        <translation>Guardar el gráfico visible como PNG o SVG (Ctrl+E)</translation>
    </message>
    <message>
        <source>A better night means</source>
        <translation>Una noche mejor significa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Time of night</source>
        <translation>Momento de la noche</translation>
    </message>
    <message>
        <source>Where on the legs</source>
        <translation>Dónde en las piernas</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>Chart: {0}</source>
        <translation>Gráfico: {0}</translation>
    </message>
    <message>
        <source>Hover a night on the timeline for its details; click it to open it in the journal. By keyboard: Tab to the chart, ← → to step through the nights, Enter to open one.</source>
        <translation>Pasa el ratón por una noche de la línea de tiempo para ver sus detalles; haz clic para abrirla en el diario. Con el teclado: Tab hasta el gráfico, ← → para recorrer las noches, Intro para abrir una.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Test this properly…</source>
        <translation>Probarlo bien…</translation>
    </message>
    <message>
        <source>Plan a page-experiment on the selected finding: nights on and off it, in random order, judged by the outcome chosen above</source>
        <translation>Planificar un experimento sobre el resultado elegido: noches con y sin, en orden aleatorio, valoradas por la medida elegida arriba</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Aún no hay nada que comparar</translation>
    </message>
    <message>
        <source>Here you will see which of the things you try before bed — stretching, magnesium, a warm soak, anything in your catalog — line up with better nights, and charts of your sleep and your legs over time.&lt;br&gt;&lt;br&gt;It needs nights to work with: &lt;a href=&quot;page:today&quot;&gt;log last night on the Today page&lt;/a&gt; (Ctrl+1), with what you did that evening. The first comparisons appear after two or three weeks.</source>
        <translation>Aquí verás cuáles de las cosas que pruebas antes de dormir —estiramientos, magnesio, un baño caliente, cualquier cosa de tu catálogo— coinciden con noches mejores, y gráficos de tu sueño y tus piernas a lo largo del tiempo.&lt;br&gt;&lt;br&gt;Necesita noches con las que trabajar: &lt;a href=&quot;page:today&quot;&gt;anota la noche anterior en la página Hoy&lt;/a&gt; (Ctrl+1), con lo que hiciste esa noche. Las primeras comparaciones aparecen tras dos o tres semanas.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>C&amp;olour by</source>
        <translation>C&amp;olorear por</translation>
    </message>
    <message>
        <source>Search nights, notes, habits</source>
        <translation>Buscar noches, notas, hábitos</translation>
    </message>
    <message>
        <source>Search nights, notes, habits  (Ctrl+F)</source>
        <translation>Buscar noches, notas, hábitos  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search nights</source>
        <translation>Buscar noches</translation>
    </message>
    <message>
        <source>Delete night</source>
        <translation>Borrar noche</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>Borrar síntoma</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation>Borrar remedio</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>No nights logged yet</source>
        <translation>Aún no hay noches anotadas</translation>
    </message>
    <message>
        <source>Your nights will be listed here, newest first, with a month calendar beside them; open one to see its diary, its symptoms and what you did before bed.&lt;br&gt;&lt;br&gt;To begin, &lt;a href=&quot;page:today&quot;&gt;log last night on the Today page&lt;/a&gt; (Ctrl+1). It takes about a minute.&lt;br&gt;&lt;br&gt;Kept a journal before? &lt;a href=&quot;action:import&quot;&gt;Import it&lt;/a&gt; with File → Import… (Ctrl+Shift+I).</source>
        <translation>Aquí aparecerán tus noches, la más reciente primero, con un calendario del mes al lado; abre una para ver su entrada, sus síntomas y lo que hiciste antes de dormir.&lt;br&gt;&lt;br&gt;Para empezar, &lt;a href=&quot;page:today&quot;&gt;anota la noche anterior en la página Hoy&lt;/a&gt; (Ctrl+1). Lleva un minuto.&lt;br&gt;&lt;br&gt;¿Ya llevabas un diario? &lt;a href=&quot;action:import&quot;&gt;Impórtalo&lt;/a&gt; con Archivo → Importar… (Ctrl+Mayús+I).</translation>
    </message>
    <message>
        <source>Reading your nights…</source>
        <translation>Leyendo tus noches…</translation>
    </message>
    <message>
        <source>Welcome! Start with last night: the times below are a first guess, so change what differs and press Enter to save.</source>
        <translation>¡Hola! Empieza por anoche: las horas de abajo son una primera estimación; cambia lo que no coincida y pulsa Intro para guardar.</translation>
    </message>
    <message>
        <source>Previous night (Alt+Left)</source>
        <translation>Noche anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next night (Alt+Right)</source>
        <translation>Noche siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Previous night</source>
        <translation>Noche anterior</translation>
    </message>
    <message>
        <source>Next night</source>
        <translation>Noche siguiente</translation>
    </message>
    <message>
        <source>The night that began on the evening of this date</source>
        <translation>La noche que empezó la tarde de esta fecha</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Anoche</translation>
    </message>
    <message>
        <source>Add symptom…</source>
        <translation>Añadir síntoma…</translation>
    </message>
    <message>
        <source>No symptoms logged for this night.</source>
        <translation>No hay síntomas anotados esta noche.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Remedios</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Añadir remedio…</translation>
    </message>
    <message>
        <source>Nothing logged yet: magnesium, stretching, heat…</source>
        <translation>Aún no hay nada anotado: magnesio, estiramientos, calor…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Choose the nights and print the report for an appointment, or save it as PDF</source>
        <translation>Elige las noches e imprime el informe para una cita, o guárdalo como PDF</translation>
    </message>
    <message>
        <source>This journal is from a newer Quiet Legs</source>
        <translation>Este diario es de un Quiet Legs más reciente</translation>
    </message>
    <message>
        <source>Quiet Legs cannot open the journal</source>
        <translation>Quiet Legs no puede abrir el diario</translation>
    </message>
    <message>
        <source>Quiet Legs set aside {0} it cannot use (a date outside {1}–{2}, an impossible amount or broken text), so that the rest of your journal works.</source>
        <translation>Quiet Legs apartó {0} que no puede usar (una fecha fuera de {1}–{2}, una cantidad imposible o texto dañado), para que el resto de tu diario funcione.</translation>
    </message>
    <message>
        <source>They are kept in {0} in {1}. To have them back, fix the dates in that file and import it again (File → Import…). A backup from before this is in the backups folder.</source>
        <translation>Están guardados en {0} en {1}. Para recuperarlos, corrige las fechas en ese archivo y vuelve a importarlo (Archivo → Importar…). En la carpeta de copias hay una copia de antes.</translation>
    </message>
    <message>
        <source>Some records were set aside</source>
        <translation>Se apartaron algunos registros</translation>
    </message>
    <message>
        <source>Your journal needs attention</source>
        <translation>Tu diario necesita atención</translation>
    </message>
    <message>
        <source>Quiet Legs found a problem with your journal file and did not open it, so nothing more can happen to it.</source>
        <translation>Quiet Legs encontró un problema en el archivo de tu diario y no lo abrió, para que no le pase nada más.</translation>
    </message>
    <message>
        <source>The journal file is empty (0 bytes). Quiet Legs never leaves its journal empty, so a copy, a sync tool or a start that stopped at once made it so. If you did not just create it, a backup you keep elsewhere may hold your journal.</source>
        <translation>El archivo del diario está vacío (0 bytes). Quiet Legs nunca deja su diario vacío, así que lo causó una copia, una herramienta de sincronización o un arranque que se detuvo en seguida. Si no lo acabas de crear, puede que una copia que guardes en otro sitio tenga tu diario.</translation>
    </message>
    <message>
        <source>The journal file is not there, though there are backups of it: a sync tool or a copy may have removed it.</source>
        <translation>El archivo del diario no está, aunque hay copias de él: puede que lo quitara una herramienta de sincronización o una copia.</translation>
    </message>
    <message>
        <source>The journal&apos;s record of which version made it does not match the tables it holds (a copy or an update that mixed two versions), so it cannot be updated safely.</source>
        <translation>La versión que el diario tiene anotada no coincide con las tablas que contiene (una copia o una actualización que mezcló dos versiones), así que no se puede actualizar con seguridad.</translation>
    </message>
    <message>
        <source>Part of the file cannot be read as it should. This happens after a disk problem, a copy that did not finish, or a file left over from another copy of the journal.</source>
        <translation>Parte del archivo no se puede leer como debería. Pasa tras un problema de disco, una copia que no terminó o un archivo que quedó de otra copia del diario.</translation>
    </message>
    <message>
        <source>The empty file will be kept beside the journal, renamed to end in “.damaged”. Nothing is deleted.</source>
        <translation>El archivo vacío se guardará junto al diario, con un nombre que termina en «.damaged». No se borra nada.</translation>
    </message>
    <message>
        <source>The damaged file will be kept beside the journal, renamed to end in “.damaged”. Nothing is deleted.</source>
        <translation>El archivo dañado se guardará junto al diario, con un nombre que termina en «.damaged». No se borra nada.</translation>
    </message>
    <message>
        <source>What the check found: {0}</source>
        <translation>Lo que encontró la comprobación: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {0} and holds %n night(s). Restore it and carry on?</source>
        <translation>
            <numerusform>La copia buena más reciente es del {0} y tiene %n noche. ¿Restaurarla y seguir?</numerusform>
            <numerusform>La copia buena más reciente es del {0} y tiene %n noches. ¿Restaurarla y seguir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup from {0} is now your journal (%n night(s)).</source>
        <translation>
            <numerusform>La copia del {0} es ahora tu diario (%n noche).</numerusform>
            <numerusform>La copia del {0} es ahora tu diario (%n noches).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start a new, empty journal.</source>
        <translation>No hay ninguna copia buena que restaurar. Puedes empezar un diario nuevo y vacío.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start a new, empty journal; the damaged file stays beside it for someone to rescue.</source>
        <translation>No hay ninguna copia buena que restaurar. Puedes empezar un diario nuevo y vacío; el archivo dañado se queda al lado para que alguien lo rescate.</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Empezar un diario vacío</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Salir sin cambiar nada</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>No ha funcionado: {0}</translation>
    </message>
    <message>
        <source>Nothing was deleted; the damaged file is beside the journal.</source>
        <translation>No se borró nada; el archivo dañado está junto al diario.</translation>
    </message>
    <message>
        <source>A new, empty journal was started.</source>
        <translation>Se ha empezado un diario nuevo y vacío.</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Tu diario está listo</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0} in {1}.</source>
        <translation>El archivo dañado se guardó como {0} en {1}.</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Hora de acostarse</translation>
    </message>
    <message>
        <source>Minutes awake</source>
        <translation>Minutos despierto</translation>
    </message>
    <message>
        <source>Final awakening</source>
        <translation>Despertar final</translation>
    </message>
    <message>
        <source>Getting up</source>
        <translation>Levantarse</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Feeling rested</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Leg discomfort</source>
        <translation>Molestias en las piernas</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Lo que merezca recordar</translation>
    </message>
    <message>
        <source>Going to bed</source>
        <translation>Acostarse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo se sintió</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Tiempo en la cama</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Eficiencia del sueño</translation>
    </message>
    <message>
        <source>Save night</source>
        <translation>Guardar noche</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Intro o Ctrl+S</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>Worse (%1 %2)</source>
        <translation>Peor (%1 %2)</translation>
    </message>
    <message>
        <source>Better (%1 %2)</source>
        <translation>Mejor (%1 %2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Hitos…</translation>
    </message>
    <message>
        <source>&amp;Regimens…</source>
        <translation>&amp;Pautas…</translation>
    </message>
    <message>
        <source>R&amp;eminders…</source>
        <translation>Record&amp;atorios…</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>al acostarse</translation>
    </message>
    <message numerus="yes">
        <source>%n h before bed</source>
        <translation>
            <numerusform>%n h antes de dormir</numerusform>
            <numerusform>%n h antes de dormir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before bed</source>
        <translation>
            <numerusform>%n min antes de dormir</numerusform>
            <numerusform>%n min antes de dormir</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Entre semana</translation>
    </message>
    <message>
        <source>{0} {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>Sleep and legs report — %1, %2</source>
        <comment>the person, the period</comment>
        <translation>Informe de sueño y piernas — %1, %2</translation>
    </message>
    <message>
        <source>Sleep and legs report, %1</source>
        <comment>the period</comment>
        <translation>Informe de sueño y piernas, %1</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for the report.</source>
        <translation>No se pudo abrir la impresora o el archivo para el informe.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una página nueva.</translation>
    </message>
    <message>
        <source>Sleep and legs report</source>
        <translation>Informe de sueño y piernas</translation>
    </message>
    <message>
        <source>Sleep and legs report · nights of %1</source>
        <translation>Informe de sueño y piernas · noches del %1</translation>
    </message>
    <message>
        <source>nights of %1</source>
        <translation>noches del %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Quiet Legs %2</source>
        <translation>Generado el %1 por Quiet Legs %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No night in this period has a value for it.</source>
        <translation>Ninguna noche de este periodo tiene un valor para esto.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged; average {0}, best {1} on {2}, worst {3} on {4}.</source>
        <translation>
            <numerusform>%n noche anotada; media {0}, la mejor {1} el {2}, la peor {3} el {4}.</numerusform>
            <numerusform>%n noches anotadas; media {0}, la mejor {1} el {2}, la peor {3} el {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>No hay noches anotadas en este periodo.</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <comment>a period: from – to</comment>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>{0} night by night, {1}: {2}</source>
        <translation>{0} noche a noche, {1}: {2}</translation>
    </message>
    <message>
        <source>A calendar of {0}, one square a night, {1}: {2}</source>
        <translation>Un calendario de {0}, una casilla por noche, {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <source>How each thing you tried lines up with {0}, {1}: %n finding(s), said in words in the list beside the chart.</source>
        <translation>
            <numerusform>Cómo coincide cada cosa que probaste con {0}, {1}: %n resultado, explicado en la lista junto al gráfico.</numerusform>
            <numerusform>Cómo coincide cada cosa que probaste con {0}, {1}: %n resultados, explicados en la lista junto al gráfico.</numerusform>
        </translation>
    </message>
    <message>
        <source>When in the night symptoms started, {0}: none logged.</source>
        <translation>Cuándo empezaron los síntomas durante la noche, {0}: no hay ninguno anotado.</translation>
    </message>
    <message numerus="yes">
        <source>When in the night symptoms started, {0}: %n symptom(s), most often between {1}:00 and {2}:00.</source>
        <translation>
            <numerusform>Cuándo empezaron los síntomas durante la noche, {0}: %n síntoma, casi siempre entre las {1}:00 y las {2}:00.</numerusform>
            <numerusform>Cuándo empezaron los síntomas durante la noche, {0}: %n síntomas, casi siempre entre las {1}:00 y las {2}:00.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where on the legs symptoms were felt, {0}: no places logged.</source>
        <translation>Dónde se notaron los síntomas en las piernas, {0}: no hay lugares anotados.</translation>
    </message>
    <message numerus="yes">
        <source>Where on the legs symptoms were felt, {0}: most often {1} (%n time(s)).</source>
        <translation>
            <numerusform>Dónde se notaron los síntomas en las piernas, {0}: casi siempre {1} (%n vez).</numerusform>
            <numerusform>Dónde se notaron los síntomas en las piernas, {0}: casi siempre {1} (%n veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>nada indicado</translation>
    </message>
    <message>
        <source>Minutes to relief in the night, {0}: no eased symptoms logged.</source>
        <translation>Minutos hasta el alivio durante la noche, {0}: no hay síntomas aliviados anotados.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes to relief in the night by what was used, {0}: %n symptom(s) eased; fastest on average {1}, {2} min.</source>
        <translation>
            <numerusform>Minutos hasta el alivio durante la noche según lo usado, {0}: %n síntoma aliviado; lo más rápido de media {1}, {2} min.</numerusform>
            <numerusform>Minutos hasta el alivio durante la noche según lo usado, {0}: %n síntomas aliviados; lo más rápido de media {1}, {2} min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A private journal for your nights and your legs: restless legs, night cramps, aching or sore legs, and what you try for them.</source>
        <translation>Un diario privado para tus noches y tus piernas: piernas inquietas, calambres nocturnos, dolor o molestias en las piernas, y lo que pruebas para ellos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiet Legs is a personal journal, not a medical device.&lt;/b&gt; It does not diagnose or treat anything. Talk to your doctor about your symptoms and before changing any treatment.</source>
        <translation>&lt;b&gt;Quiet Legs es un diario personal, no un producto sanitario.&lt;/b&gt; No diagnostica ni trata nada. Habla con tu médico sobre tus síntomas y antes de cambiar cualquier tratamiento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tu diario&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It stays on this computer: Quiet Legs never connects to the internet.</source>
        <translation>Se queda en este ordenador: Quiet Legs nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the folder with the journal and its backups</source>
        <translation>Mostrar la carpeta con el diario y sus copias</translation>
    </message>
    <message>
        <source>Free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Software libre: puedes compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder could not be opened here. You will find it at:
%1</source>
        <translation>La carpeta no se pudo abrir aquí. La encontrarás en:
%1</translation>
    </message>
</context>
<context>
    <name>Adjustments</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an adjustment left out (why)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the general trend over time</source>
        <translation>la tendencia general en el tiempo</translation>
    </message>
    <message>
        <source>weekend nights</source>
        <translation>noches de fin de semana</translation>
    </message>
    <message>
        <source>the season</source>
        <translation>la época del año</translation>
    </message>
    <message>
        <source>symptoms logged before bed</source>
        <translation>síntomas anotados antes de dormir</translation>
    </message>
    <message>
        <source>what was used the night before</source>
        <translation>lo que se usó la noche anterior</translation>
    </message>
    <message>
        <source>weeks of use of slow-acting kinds</source>
        <translation>semanas de uso de los tipos de acción lenta</translation>
    </message>
    <message>
        <source>the amount taken</source>
        <translation>la cantidad tomada</translation>
    </message>
    <message>
        <source>too few nights</source>
        <translation>muy pocas noches</translation>
    </message>
    <message>
        <source>too few weekend or weekday nights</source>
        <translation>muy pocas noches de fin de semana o entre semana</translation>
    </message>
    <message>
        <source>less than %1 days of nights</source>
        <translation>menos de %1 días de noches</translation>
    </message>
    <message>
        <source>logged on too few evenings</source>
        <translation>anotado en muy pocas noches</translation>
    </message>
    <message>
        <source>fewer than %1 nights</source>
        <translation>menos de %1 noches</translation>
    </message>
    <message>
        <source>Differences are adjusted for %1 and the other habits.</source>
        <translation>Las diferencias están ajustadas por %1 y los demás hábitos.</translation>
    </message>
    <message>
        <source>Differences are adjusted for the other habits.</source>
        <translation>Las diferencias están ajustadas por los demás hábitos.</translation>
    </message>
    <message>
        <source>Not adjusted for %1.</source>
        <translation>Sin ajustar por %1.</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <source>Quiet Legs</source>
        <translation>Quiet Legs</translation>
    </message>
    <message>
        <source>&amp;Open Quiet Legs</source>
        <translation>&amp;Abrir Quiet Legs</translation>
    </message>
    <message>
        <source>Log &amp;last night…</source>
        <translation>Anotar la noche &amp;anterior…</translation>
    </message>
    <message>
        <source>Log this &amp;evening…</source>
        <translation>Anotar esta &amp;noche…</translation>
    </message>
    <message>
        <source>&amp;Remind me in 30 minutes</source>
        <translation>&amp;Recordármelo en 30 minutos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Nueva cita</translation>
    </message>
    <message>
        <source>Start a new appointment (Ctrl+N)</source>
        <translation>Empezar una cita nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the chosen appointment (Delete); Ctrl+Z brings it back</source>
        <translation>Borrar la cita elegida (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Write your questions before a visit, and what was said after it. The report prints the questions of the next one.</source>
        <translation>Escribe tus preguntas antes de una visita y lo que se dijo después. El informe imprime las preguntas de la próxima.</translation>
    </message>
    <message>
        <source>No appointments yet</source>
        <translation>Aún no hay citas</translation>
    </message>
    <message>
        <source>Before a visit to your doctor or physiotherapist, fill in the appointment form: the date, whom you are seeing and the questions you want to ask, then Save (Ctrl+S). It will be listed here, and afterwards you can write down what was said.</source>
        <translation>Antes de ir al médico o al fisioterapeuta, rellena el formulario de la cita: la fecha, con quién es y las preguntas que quieres hacer; luego Guardar (Ctrl+S). Aparecerá aquí, y después podrás anotar lo que se dijo.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>A una hora fija</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor (GP), physiotherapist</source>
        <translation>p. ej., Dra. Okafor (médica de cabecera), fisioterapeuta</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation>Por qué vas</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>Anything else to mention</source>
        <translation>Algo más que mencionar</translation>
    </message>
    <message>
        <source>A diagnosis, if one was given</source>
        <translation>Un diagnóstico, si lo hubo</translation>
    </message>
    <message>
        <source>Name, dose, when to take it, side effects to watch for</source>
        <translation>Nombre, dosis, cuándo tomarlo, efectos secundarios a vigilar</translation>
    </message>
    <message>
        <source>And why it was suggested</source>
        <translation>Y por qué se recomendó</translation>
    </message>
    <message>
        <source>New instructions</source>
        <translation>Nuevas indicaciones</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation>Antes de la visita</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Questions to ask</source>
        <translation>&amp;Preguntas que hacer</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Afterwards: what was said</source>
        <translation>Después: lo que se dijo</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis</source>
        <translation>Dia&amp;gnóstico</translation>
    </message>
    <message>
        <source>New &amp;medicine</source>
        <translation>Nuevo &amp;medicamento</translation>
    </message>
    <message>
        <source>&amp;Treatment or test</source>
        <translation>&amp;Tratamiento o prueba</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Indicaciones</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this appointment (Ctrl+S)</source>
        <translation>Guardar esta cita (Ctrl+S)</translation>
    </message>
    <message>
        <source>Treatment or test</source>
        <translation>Tratamiento o prueba</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Borrado. Ctrl+Z lo recupera.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The journal could not be backed up just now ({0}). Your entries are saved; Quiet Legs will try again.</source>
        <translation>No se pudo hacer una copia del diario ahora ({0}). Tus entradas están guardadas; Quiet Legs lo volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>New kind</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <source>A medication, a habit, anything you want to log.</source>
        <translation>Un medicamento, un hábito, cualquier cosa que quieras anotar.</translation>
    </message>
    <message>
        <source>Built in: it can be renamed or hidden, not deleted.</source>
        <translation>Incluido: se puede renombrar u ocultar, no borrar.</translation>
    </message>
    <message>
        <source>One of yours.</source>
        <translation>Uno de los tuyos.</translation>
    </message>
    <message>
        <source>Hidden: not offered when logging.</source>
        <translation>Oculto: no se ofrece al anotar.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Cantidad habitual</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is already taken by another kind</source>
        <translation>ya lo usa otro tipo</translation>
    </message>
    <message>
        <source>must be a number, like 300 or 0.25</source>
        <translation>debe ser un número, como 300 o 0,25</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 is built in, so it cannot be deleted. You can hide it instead.</source>
        <translation>%1 viene incluido, así que no se puede borrar. Puedes ocultarlo.</translation>
    </message>
    <message>
        <source>%1 is in your journal (%2), so it cannot be deleted: that would lose those entries. Hide it instead to stop it being offered.</source>
        <translation>%1 está en tu diario (%2), así que no se puede borrar: se perderían esas entradas. Ocúltalo para que deje de ofrecerse.</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>usado una vez</numerusform>
            <numerusform>usado %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>ChartWordsQt</name>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date on a chart: 1 Sep 2026; keep the names in braces as they are: they are filled in</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month on a chart: Sep 2026; keep the names in braces as they are: they are filled in</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day on a chart&apos;s axis: 05 Sep; keep the names in braces as they are: they are filled in</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, short</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Foot</source>
        <comment>a part of the leg</comment>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Calf</source>
        <comment>a part of the leg</comment>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <comment>a part of the leg</comment>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Knee</source>
        <comment>a part of the leg</comment>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Thigh (front)</source>
        <comment>a part of the leg</comment>
        <translation>Muslo (delante)</translation>
    </message>
    <message>
        <source>Thigh (back)</source>
        <comment>a part of the leg</comment>
        <translation>Muslo (detrás)</translation>
    </message>
    <message>
        <source>Hip</source>
        <comment>a part of the leg</comment>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>desde {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>hasta {end}</translation>
    </message>
    <message>
        <source>the whole journal</source>
        <translation>todo el diario</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>{title} — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{title} — {period}</translation>
    </message>
    <message>
        <source>No nights logged in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>No hay noches anotadas en {period}.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>más bajo es mejor</translation>
    </message>
    <message>
        <source>each night</source>
        <translation>cada noche</translation>
    </message>
    <message>
        <source>{outcome} night by night</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} noche a noche</translation>
    </message>
    <message>
        <source>7-night average</source>
        <translation>Media de 7 noches</translation>
    </message>
    <message>
        <source>{kind} ({nights})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({nights})</translation>
    </message>
    <message>
        <source>Nothing used before bed in this period</source>
        <translation>No se usó nada antes de dormir en este periodo</translation>
    </message>
    <message>
        <source>Used before bed (nights)</source>
        <translation>Usado antes de dormir (noches)</translation>
    </message>
    <message>
        <source>Legs
(0–10)</source>
        <translation>Piernas
(0–10)</translation>
    </message>
    <message>
        <source>{outcome}: nights after each habit vs. nights without</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}: noches tras cada hábito frente a noches sin él</translation>
    </message>
    <message>
        <source>seems to help</source>
        <translation>parece ayudar</translation>
    </message>
    <message>
        <source>seems to hurt</source>
        <translation>parece empeorar</translation>
    </message>
    <message>
        <source>not clear yet</source>
        <translation>aún no está claro</translation>
    </message>
    <message>
        <source>{outcome} was the same on every night in {period}, so there is nothing to compare.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} fue igual todas las noches en {period}, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Not enough nights yet to compare: each kind needs at least 5 nights with it and 5 without.</source>
        <translation>Aún no hay noches suficientes para comparar: cada tipo necesita al menos 5 noches con él y 5 sin él.</translation>
    </message>
    <message>
        <source>Too few nights so far: {kinds}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Aún pocas noches: {kinds}</translation>
    </message>
    <message>
        <source>{kind} ({with_})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({with_})</translation>
    </message>
    <message>
        <source>{kind}
{with_} with · {without} without</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}
{with_} con · {without} sin</translation>
    </message>
    <message>
        <source>Difference in {outcome} ({unit}), 
adjusted as the findings say; lines are 95% intervals</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Diferencia en {outcome} ({unit}), 
ajustada como dicen los resultados; las líneas son intervalos del 95 %</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>puntos porcentuales</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>mejor →</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← peor</translation>
    </message>
    <message>
        <source>Cannot tell yet: {kinds}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Aún no se sabe: {kinds}</translation>
    </message>
    <message>
        <source>{kind}, night after</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}, noche siguiente</translation>
    </message>
    <message>
        <source>{kind}, 4 weeks</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}, 4 semanas</translation>
    </message>
    <message>
        <source>{kind} {dose}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} {dose}</translation>
    </message>
    <message>
        <source>{kind} (the outcome did not vary)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (la medida no varió)</translation>
    </message>
    <message>
        <source>{kind} (always with {other})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (siempre con {other})</translation>
    </message>
    <message>
        <source>the trend</source>
        <translation>la tendencia</translation>
    </message>
    <message>
        <source>{kind} (only {without} without)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (solo {without} sin)</translation>
    </message>
    <message>
        <source>{kind} ({with_} with)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({with_} con)</translation>
    </message>
    <message>
        <source>{outcome}, month by month — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}, mes a mes — {period}</translation>
    </message>
    <message>
        <source>No nights with {outcome} in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>No hay noches con {outcome} en {period}.</translation>
    </message>
    <message>
        <source>Night of the month (blank: not logged)</source>
        <translation>Noche del mes (en blanco: sin anotar)</translation>
    </message>
    <message>
        <source>Month (each cell: the month&apos;s average; blank: nothing logged)</source>
        <translation>Mes (cada casilla: la media del mes; en blanco: nada anotado)</translation>
    </message>
    <message>
        <source>{outcome}
brighter = better</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}
más claro = mejor</translation>
    </message>
    <message>
        <source>When symptoms start — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Cuándo empiezan los síntomas — {period}</translation>
    </message>
    <message>
        <source>No symptoms logged at night in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>No hay síntomas nocturnos anotados en {period}.</translation>
    </message>
    <message>
        <source>{kind} ({events})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({events})</translation>
    </message>
    <message>
        <source>typical time in bed</source>
        <translation>tiempo habitual en la cama</translation>
    </message>
    <message>
        <source>Hour the symptom started (18 = 6 pm … 11 = 11 am)</source>
        <translation>Hora en que empezó el síntoma (18 = 18:00 … 11 = 11:00)</translation>
    </message>
    <message>
        <source>Symptom events</source>
        <translation>Episodios de síntomas</translation>
    </message>
    <message>
        <source>Where on the legs — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Dónde en las piernas — {period}</translation>
    </message>
    <message>
        <source>No symptom locations logged in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>No hay lugares de síntomas anotados en {period}.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>{place}: {events}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{place}: {events}</translation>
    </message>
    <message>
        <source>Symptom events with a place logged: {events}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Episodios de síntomas con lugar anotado: {events}</translation>
    </message>
    <message>
        <source>Also: {places}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>También: {places}</translation>
    </message>
    <message>
        <source>Nothing named</source>
        <translation>Nada indicado</translation>
    </message>
    <message>
        <source>Minutes to relief in the night, by what was used — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Minutos hasta el alivio durante la noche, según lo usado — {period}</translation>
    </message>
    <message>
        <source>No eased symptoms in the night logged in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>No hay síntomas aliviados durante la noche anotados en {period}.</translation>
    </message>
    <message>
        <source>median {minutes} min</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>mediana {minutes} min</translation>
    </message>
    <message>
        <source>{group}
{events} event</source>
        <comment>one</comment>
        <translation>{group}
{events} episodio</translation>
    </message>
    <message>
        <source>{group}
{events} events</source>
        <comment>many</comment>
        <translation>{group}
{events} episodios</translation>
    </message>
    <message>
        <source>Minutes until the symptom eased (shorter is better)</source>
        <translation>Minutos hasta que se alivió el síntoma (menos es mejor)</translation>
    </message>
    <message>
        <source>{outcome} and milestones</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} e hitos</translation>
    </message>
    <message>
        <source>7-night mean</source>
        <translation>Media de 7 noches</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>No milestones in this period</source>
        <translation>No hay hitos en este periodo</translation>
    </message>
    <message>
        <source>{outcome} by days since “{milestone}” ({date})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} por días desde «{milestone}» ({date})</translation>
    </message>
    <message>
        <source>No nights logged around this milestone.</source>
        <translation>No hay noches anotadas alrededor de este hito.</translation>
    </message>
    <message>
        <source>days since the milestone (day 0); before it, negative</source>
        <translation>días desde el hito (día 0); antes, negativos</translation>
    </message>
    <message>
        <source>{kind}: {outcome} on and off, night by night</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}: {outcome} con y sin, noche a noche</translation>
    </message>
    <message>
        <source>No nights of this experiment are logged yet.</source>
        <translation>Aún no hay noches anotadas de este experimento.</translation>
    </message>
    <message>
        <source>On {kind}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Con {kind}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>Period mean</source>
        <translation>Media del periodo</translation>
    </message>
    <message>
        <source>Taken before bed</source>
        <translation>Tomado antes de dormir</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No tomado</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Choose the column of “Got into bed”, and of “Got out of bed” or “Woke up for good”.</source>
        <translation>Elige la columna de «Se acostó» y la de «Se levantó» o «Despertó del todo».</translation>
    </message>
</context>
<context>
    <name>DayCounter</name>
    <message>
        <source>Milestones…</source>
        <translation>Hitos…</translation>
    </message>
    <message>
        <source>Add, change or delete milestones (Ctrl+Shift+M)</source>
        <translation>Añadir, cambiar o borrar hitos (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Hoy: {0}</translation>
    </message>
    <message>
        <source>Day {0} since {1}</source>
        <translation>Día {0} desde {1}</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>In the background</source>
        <translation>En segundo plano</translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed (so reminders still come)</source>
        <translation>&amp;Seguir en el área de notificaciones al cerrar la ventana (para que sigan llegando los recordatorios)</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so Quiet Legs cannot keep running there: closing the window quits it, and reminders come only while it is open.</source>
        <translation>Este escritorio no tiene área de notificaciones, así que Quiet Legs no puede seguir abierto ahí: al cerrar la ventana se cierra, y los recordatorios solo llegan mientras está abierto.</translation>
    </message>
    <message>
        <source>Start Quiet Legs when I &amp;log in</source>
        <translation>Abrir Quiet Legs al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Start &amp;in the notification area, without opening the window</source>
        <translation>Arrancar &amp;en el área de notificaciones, sin abrir la ventana</translation>
    </message>
    <message>
        <source>Starting at login is available on Linux desktops only.</source>
        <translation>El arranque al iniciar sesión solo está disponible en escritorios Linux.</translation>
    </message>
    <message>
        <source>The demo journal is not started at login: it is deleted when you log out.</source>
        <translation>El diario de demostración no se abre al iniciar sesión: se borra al cerrar la sesión.</translation>
    </message>
    <message>
        <source>Start Quiet Legs when you log in, so its reminders come</source>
        <translation>Abrir Quiet Legs al iniciar sesión, para que lleguen sus recordatorios</translation>
    </message>
    <message>
        <source>Quiet Legs cannot start at login from here: the path {0} cannot be written in a login entry ({1}).</source>
        <translation>Quiet Legs no puede arrancar al iniciar sesión desde aquí: la ruta {0} no se puede escribir en una entrada de inicio ({1}).</translation>
    </message>
    <message>
        <source>Starting at login could not be turned off: {0} could not be removed ({1}).</source>
        <translation>No se pudo desactivar el arranque al iniciar sesión: no se pudo quitar {0} ({1}).</translation>
    </message>
    <message>
        <source>Starting at login could not be turned on: {0} could not be written ({1}).</source>
        <translation>No se pudo activar el arranque al iniciar sesión: no se pudo escribir {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>EveningButtons</name>
    <message>
        <source>This evening</source>
        <translation>Esta noche</translation>
    </message>
    <message>
        <source>One click logs it now with your usual dose; click again to take it back.</source>
        <translation>Un clic lo anota ahora con tu dosis habitual; otro clic lo quita.</translation>
    </message>
    <message>
        <source>Last evening ({0})</source>
        <translation>Anoche ({0})</translation>
    </message>
    <message>
        <source>That evening</source>
        <translation>Esa noche</translation>
    </message>
    <message>
        <source>Before bed on {0}. One click logs it for that evening with your usual dose; click again to take it back.</source>
        <translation>Antes de dormir el {0}. Un clic lo anota para esa noche con tu dosis habitual; otro clic lo quita.</translation>
    </message>
    <message>
        <source>Logged at {0}{1}. Click to remove.</source>
        <translation>Anotado a las {0}{1}. Haz clic para quitarlo.</translation>
    </message>
    <message>
        <source>Log {0} now{1}.</source>
        <translation>Anotar {0} ahora{1}.</translation>
    </message>
    <message>
        <source>Log {0} on {1} at {2}{3}.</source>
        <translation>Anotar {0} el {1} a las {2}{3}.</translation>
    </message>
    <message>
        <source>{0} — take tonight</source>
        <translation>{0} — tómalo esta noche</translation>
    </message>
    <message>
        <source>{0} — ON night</source>
        <translation>{0} — noche CON</translation>
    </message>
    <message>
        <source>{0} — skip tonight</source>
        <translation>{0} — sáltalo esta noche</translation>
    </message>
    <message>
        <source>{0} — OFF night</source>
        <translation>{0} — noche SIN</translation>
    </message>
    <message>
        <source>Taken, as your experiment planned.</source>
        <translation>Tomado, como preveía tu experimento.</translation>
    </message>
    <message>
        <source>Tonight&apos;s plan in your experiment: take {0}.</source>
        <translation>Plan de tu experimento para esta noche: tomar {0}.</translation>
    </message>
    <message>
        <source>That night&apos;s plan in your experiment: take {0}.</source>
        <translation>Plan de tu experimento para esa noche: tomar {0}.</translation>
    </message>
    <message>
        <source>Logged on a night your experiment skips {0}: that is fine, an honest log keeps the result true.</source>
        <translation>Anotado en una noche en que tu experimento salta {0}: no pasa nada, anotar con sinceridad mantiene el resultado fiel.</translation>
    </message>
    <message>
        <source>Your experiment skips {0} tonight. If you took it anyway, click to log it: an honest log keeps the result true.</source>
        <translation>Tu experimento salta {0} esta noche. Si lo tomaste de todos modos, haz clic para anotarlo: anotar con sinceridad mantiene el resultado fiel.</translation>
    </message>
    <message>
        <source>Your experiment skipped {0} that night. If you took it anyway, click to log it: an honest log keeps the result true.</source>
        <translation>Tu experimento saltaba {0} esa noche. Si lo tomaste de todos modos, haz clic para anotarlo: anotar con sinceridad mantiene el resultado fiel.</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Z brings it back)</source>
        <translation>Borrar (Ctrl+Z lo recupera)</translation>
    </message>
</context>
<context>
    <name>ExperimentBanner</name>
    <message>
        <source>Experiment tonight</source>
        <translation>Experimento de esta noche</translation>
    </message>
    <message>
        <source>Stop early…</source>
        <translation>Terminar antes…</translation>
    </message>
    <message>
        <source>End the experiment now; the nights so far still give a result</source>
        <translation>Terminar el experimento ahora; las noches hasta hoy dan igualmente un resultado</translation>
    </message>
    <message>
        <source>Result so far…</source>
        <translation>Resultado hasta ahora…</translation>
    </message>
    <message>
        <source>Nights on and off, how well the plan was followed, and what the difference is so far</source>
        <translation>Noches con y sin, cuánto se siguió el plan y cuál es la diferencia hasta ahora</translation>
    </message>
    <message>
        <source>Experiment finished: {kind} (last night {day}) — see what it showed.</source>
        <translation>Experimento terminado: {kind} (última noche {day}) — mira lo que mostró.</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Resultado…</translation>
    </message>
    <message>
        <source>Experiment: {kind}, washout night {n} of {total} — tonight: skip it (washout)</source>
        <translation>Experimento: {kind}, noche de descanso {n} de {total} — esta noche: sáltalo (descanso)</translation>
    </message>
    <message>
        <source>Experiment: {kind}, night {n} of {total} — tonight: ON (take it)</source>
        <translation>Experimento: {kind}, noche {n} de {total} — esta noche: CON (tómalo)</translation>
    </message>
    <message>
        <source>Experiment: {kind}, night {n} of {total} — tonight: OFF (skip it)</source>
        <translation>Experimento: {kind}, noche {n} de {total} — esta noche: SIN (sáltalo)</translation>
    </message>
    <message>
        <source>Period {0} of {1}; the experiment ends after the night of {2}.</source>
        <translation>Periodo {0} de {1}; el experimento termina después de la noche del {2}.</translation>
    </message>
    <message>
        <source>Stop the experiment?</source>
        <translation>¿Terminar el experimento?</translation>
    </message>
    <message>
        <source>Stop the {0} experiment now? Last night is the last that counts; the result says it was stopped early.</source>
        <translation>¿Terminar ahora el experimento con {0}? Anoche es la última noche que cuenta; el resultado indicará que se terminó antes.</translation>
    </message>
    <message>
        <source>Not stopped</source>
        <translation>No interrumpido</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <source>Plan an experiment</source>
        <translation>Planificar un experimento</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> noches</translation>
    </message>
    <message>
        <source> pairs</source>
        <translation> pares</translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation>&amp;Remedio</translation>
    </message>
    <message>
        <source>&amp;Judged by</source>
        <translation>&amp;Valorado por</translation>
    </message>
    <message>
        <source>&amp;Each period</source>
        <translation>&amp;Cada periodo</translation>
    </message>
    <message>
        <source>On/off &amp;pairs</source>
        <translation>&amp;Pares con/sin</translation>
    </message>
    <message>
        <source>&amp;Washout before a switch</source>
        <translation>&amp;Descanso antes de un cambio</translation>
    </message>
    <message>
        <source>&amp;First night</source>
        <translation>&amp;Primera noche</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>What it can tell</source>
        <translation>Lo que puede decir</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>CON</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>SIN</translation>
    </message>
    <message>
        <source>Pair {0}: {1}</source>
        <translation>Par {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n washout night(s) before each switch ({0} in all).</source>
        <translation>
            <numerusform>%n noche de descanso antes de cada cambio ({0} en total).</numerusform>
            <numerusform>%n noches de descanso antes de cada cambio ({0} en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends after the night of {0}.</source>
        <translation>Termina después de la noche del {0}.</translation>
    </message>
    <message>
        <source>It tells whether %1 differs on %2 nights, for you: the order is random, so a clear difference can be put down to %2.</source>
        <translation>Dice si hay diferencia en %1 las noches con %2, en tu caso: el orden es aleatorio, así que una diferencia clara se puede atribuir a %2.</translation>
    </message>
    <message>
        <source>With %1 pairs no p-value can fall below %2 (%3), so it can never show a difference at the usual 5% level: plan at least %4 pairs for that.</source>
        <translation>Con %1 pares ningún valor p puede bajar de %2 (%3), así que nunca podrá mostrar una diferencia al nivel habitual del 5 %: planifica al menos %4 pares para ello.</translation>
    </message>
    <message>
        <source>With %1 pairs no p-value can fall below %2 (%3).</source>
        <translation>Con %1 pares ningún valor p puede bajar de %2 (%3).</translation>
    </message>
    <message>
        <source>It cannot tell whether it would help someone else, nor effects slower than a period; nights that do not follow the plan weaken it.</source>
        <translation>No puede decir si ayudaría a otra persona, ni mostrar efectos más lentos que un periodo; las noches que no siguen el plan lo debilitan.</translation>
    </message>
</context>
<context>
    <name>ExperimentResultDialog</name>
    <message>
        <source>Experiment: result so far</source>
        <translation>Experimento: resultado hasta ahora</translation>
    </message>
    <message>
        <source>{0}, judged by {1}</source>
        <translation>{0}, valorado por {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n night(s) each, from the night of {1} to the night of {2}.</source>
        <translation>
            <numerusform>{0} de %n noche cada uno, de la noche del {1} a la noche del {2}.</numerusform>
            <numerusform>{0} de %n noches cada uno, de la noche del {1} a la noche del {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out the result…</source>
        <translation>Calculando el resultado…</translation>
    </message>
    <message>
        <source>Nights logged</source>
        <translation>Noches anotadas</translation>
    </message>
    <message>
        <source>Followed the plan</source>
        <translation>Se siguió el plan</translation>
    </message>
    <message>
        <source>Difference (on − off)</source>
        <translation>Diferencia (con − sin)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>valor p</translation>
    </message>
    <message>
        <source>{0} on {1}, {2} off</source>
        <translation>{0} con {1}, {2} sin</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>not yet: needs two pairs logged</source>
        <translation>aún no: hacen falta dos pares anotados</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>the journal could not be read.</source>
        <translation>no se pudo leer el diario.</translation>
    </message>
    <message>
        <source>The result could not be worked out: {0}</source>
        <translation>No se pudo calcular el resultado: {0}</translation>
    </message>
</context>
<context>
    <name>ExperimentWords</name>
    <message>
        <source>%1%</source>
        <comment>percentage points of sleep efficiency</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starts on the night of %1; nothing to show yet.</source>
        <translation>Empieza la noche del %1; aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Stopped early after the night of %1.</source>
        <translation>Terminado antes, tras la noche del %1.</translation>
    </message>
    <message>
        <source>So far (%1 of %2 pairs logged):</source>
        <translation>Hasta ahora (%1 de %2 pares anotados):</translation>
    </message>
    <message>
        <source>Too little to tell yet: a result needs at least two pairs with nights logged both on and off %1.</source>
        <translation>Aún es pronto para saberlo: un resultado necesita al menos dos pares con noches anotadas con y sin %1.</translation>
    </message>
    <message>
        <source>%1 was %2 higher on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)</source>
        <translation>%1 fue %2 más alto las noches con %3 (IC 95 % %4 a %5; p = %6; %7 noches con, %8 sin)</translation>
    </message>
    <message>
        <source>%1 was %2 lower on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)</source>
        <translation>%1 fue %2 más bajo las noches con %3 (IC 95 % %4 a %5; p = %6; %7 noches con, %8 sin)</translation>
    </message>
    <message>
        <source>%1 helps: %2. The on and off periods were in random order, so this difference can be put down to %1.</source>
        <translation>%1 ayuda: %2. Los periodos con y sin fueron en orden aleatorio, así que esta diferencia se puede atribuir a %1.</translation>
    </message>
    <message>
        <source>%1 made nights worse: %2. The periods were in random order, so this can be put down to %1.</source>
        <translation>%1 empeoró las noches: %2. Los periodos fueron en orden aleatorio, así que se puede atribuir a %1.</translation>
    </message>
    <message>
        <source>No clear difference: %1.</source>
        <translation>Sin diferencia clara: %1.</translation>
    </message>
    <message>
        <source>With %1 pairs no result can be clearer than p = %2, so this says little either way.</source>
        <translation>Con %1 pares ningún resultado puede ser más claro que p = %2, así que esto dice poco en un sentido u otro.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share of nights: 75%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Only %1 of nights followed the plan, so the real effect may be larger than this and is less certain.</source>
        <translation>Solo el %1 de las noches siguió el plan, así que el efecto real puede ser mayor y es menos seguro.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>no difference</source>
        <translation>sin diferencia</translation>
    </message>
    <message>
        <source>you slept %1 min longer</source>
        <translation>dormiste %1 min más</translation>
    </message>
    <message>
        <source>you slept %1 min less</source>
        <translation>dormiste %1 min menos</translation>
    </message>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) higher</source>
        <translation>
            <numerusform>tu eficiencia del sueño fue %1 punto más alta</numerusform>
            <numerusform>tu eficiencia del sueño fue %1 puntos más alta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) lower</source>
        <translation>
            <numerusform>tu eficiencia del sueño fue %1 punto más baja</numerusform>
            <numerusform>tu eficiencia del sueño fue %1 puntos más baja</numerusform>
        </translation>
    </message>
    <message>
        <source>you took %1 min longer to fall asleep</source>
        <translation>tardaste %1 min más en dormirte</translation>
    </message>
    <message>
        <source>you fell asleep %1 min sooner</source>
        <translation>te dormiste %1 min antes</translation>
    </message>
    <message>
        <source>you lay awake %1 min more in the night</source>
        <translation>estuviste despierto %1 min más durante la noche</translation>
    </message>
    <message>
        <source>you lay awake %1 min less in the night</source>
        <translation>estuviste despierto %1 min menos durante la noche</translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 more time(s)</source>
        <translation>
            <numerusform>te despertaste %1 vez más</numerusform>
            <numerusform>te despertaste %1 veces más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 fewer time(s)</source>
        <translation>
            <numerusform>te despertaste %1 vez menos</numerusform>
            <numerusform>te despertaste %1 veces menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) better</source>
        <translation>
            <numerusform>valoraste tu sueño %1 punto mejor</numerusform>
            <numerusform>valoraste tu sueño %1 puntos mejor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) worse</source>
        <translation>
            <numerusform>valoraste tu sueño %1 punto peor</numerusform>
            <numerusform>valoraste tu sueño %1 puntos peor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) more rested</source>
        <translation>
            <numerusform>te sentiste %1 punto más descansado</numerusform>
            <numerusform>te sentiste %1 puntos más descansado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) less rested</source>
        <translation>
            <numerusform>te sentiste %1 punto menos descansado</numerusform>
            <numerusform>te sentiste %1 puntos menos descansado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) more uncomfortable</source>
        <translation>
            <numerusform>tus piernas estuvieron %1 punto más molestas</numerusform>
            <numerusform>tus piernas estuvieron %1 puntos más molestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) calmer</source>
        <translation>
            <numerusform>tus piernas estuvieron %1 punto más tranquilas</numerusform>
            <numerusform>tus piernas estuvieron %1 puntos más tranquilas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 more symptom event(s)</source>
        <translation>
            <numerusform>tuviste %1 episodio de síntomas más</numerusform>
            <numerusform>tuviste %1 episodios de síntomas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 fewer symptom event(s)</source>
        <translation>
            <numerusform>tuviste %1 episodio de síntomas menos</numerusform>
            <numerusform>tuviste %1 episodios de síntomas menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) more severe</source>
        <translation>
            <numerusform>tu peor síntoma fue %1 punto más intenso</numerusform>
            <numerusform>tu peor síntoma fue %1 puntos más intenso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) milder</source>
        <translation>
            <numerusform>tu peor síntoma fue %1 punto más leve</numerusform>
            <numerusform>tu peor síntoma fue %1 puntos más leve</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <source>95% CI %1–%2</source>
        <translation>IC 95 % %1–%2</translation>
    </message>
    <message>
        <source>%1 to %2 min</source>
        <translation>%1 a %2 min</translation>
    </message>
    <message>
        <source>%1 to %2 points</source>
        <translation>%1 a %2 puntos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an interval</comment>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) with, %1 without</source>
        <translation>
            <numerusform>%n noche con, %1 sin</numerusform>
            <numerusform>%n noches con, %1 sin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the night after)</source>
        <translation>%1 (la noche siguiente)</translation>
    </message>
    <message>
        <source>%1 (over four weeks)</source>
        <translation>%1 (en cuatro semanas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind (its dose band)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 nights in this period were not logged (%3%); the gaps mostly come after worse nights (%4% of %5 gaps). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>%1 de %2 noches de este periodo no están anotadas (%3 %); los huecos suelen venir tras noches peores (%4 % de %5 huecos). Si las noches que faltan fueron sobre todo malas, estas cifras parecen mejores de lo que fueron tus noches, y las diferencias pueden ser menores.</translation>
    </message>
    <message>
        <source>%1 of %2 nights in this period were not logged (%3%). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>%1 de %2 noches de este periodo no están anotadas (%3 %). Si las noches que faltan fueron sobre todo malas, estas cifras parecen mejores de lo que fueron tus noches, y las diferencias pueden ser menores.</translation>
    </message>
    <message>
        <source>The gaps mostly come after worse nights (%4% of %5 gaps). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>Los huecos suelen venir tras noches peores (%4 % de %5 huecos). Si las noches que faltan fueron sobre todo malas, estas cifras parecen mejores de lo que fueron tus noches, y las diferencias pueden ser menores.</translation>
    </message>
    <message>
        <source>%1: %2 did not vary in this period (%3), so there is nothing to compare.</source>
        <translation>%1: %2 no varió en este periodo (%3), así que no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few nights to tell yet (%2 with it); %n more night(s) with it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: aún hay pocas noches para saberlo (%2 con ello); %n noche más con ello permitiría una primera estimación.</numerusform>
            <numerusform>%1: aún hay pocas noches para saberlo (%2 con ello); %n noches más con ello permitirían una primera estimación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used on nearly every night (%2 without it), so there is nothing to compare with; %n more night(s) without it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: usado casi todas las noches (%2 sin ello), así que no hay con qué comparar; %n noche más sin ello permitiría una primera estimación.</numerusform>
            <numerusform>%1: usado casi todas las noches (%2 sin ello), así que no hay con qué comparar; %n noches más sin ello permitirían una primera estimación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 always came with the general trend, so the data cannot tell them apart.</source>
        <translation>%1 coincidió siempre con la tendencia general, así que los datos no pueden separarlos.</translation>
    </message>
    <message>
        <source>%1 was always used together with %2, so the data cannot tell them apart.</source>
        <translation>%1 se usó siempre junto con %2, así que los datos no pueden separarlos.</translation>
    </message>
    <message>
        <source>%1: no clear difference yet (%2 on average, but anything from %3 fits your nights; %4).</source>
        <translation>%1: aún no hay una diferencia clara (de media %2, pero cualquier valor de %3 encaja con tus noches; %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: a hint, not yet clear: %2 on average (%3), but with %n comparison(s) made a difference this size can turn up by chance (%4).</source>
        <translation>
            <numerusform>%1: un indicio, aún no claro: de media %2 (%3), pero con %n comparación hecha una diferencia de este tamaño puede salir por azar (%4).</numerusform>
            <numerusform>%1: un indicio, aún no claro: de media %2 (%3), pero con %n comparaciones hechas una diferencia de este tamaño puede salir por azar (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>On the night after %1 %2 (%3; %4).</source>
        <translation>La noche después de %1, %2 (%3; %4).</translation>
    </message>
    <message numerus="yes">
        <source>After four weeks of %1 every night, against four weeks without, %2 (%3; %n night(s) after mostly-%1 weeks, %4 after others).</source>
        <translation>
            <numerusform>Tras cuatro semanas de %1 cada noche, frente a cuatro semanas sin, %2 (%3; %n noche tras semanas con %1 casi siempre, %4 tras otras).</numerusform>
            <numerusform>Tras cuatro semanas de %1 cada noche, frente a cuatro semanas sin, %2 (%3; %n noches tras semanas con %1 casi siempre, %4 tras otras).</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1, on nights after %2 %3 (%4; %5).</source>
        <translation>Con %1, las noches después de %2, %3 (%4; %5).</translation>
    </message>
    <message>
        <source>After %1 %2 (%3; %4).</source>
        <translation>Después de %1, %2 (%3; %4).</translation>
    </message>
    <message>
        <source>On nights after %1 %2 (%3; %4).</source>
        <translation>Las noches después de %1, %2 (%3; %4).</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>What lines up with %1 (higher is better)</source>
        <translation>Qué coincide con %1 (más alto es mejor)</translation>
    </message>
    <message>
        <source>What lines up with %1 (lower is better)</source>
        <translation>Qué coincide con %1 (más bajo es mejor)</translation>
    </message>
    <message>
        <source>Nothing used before bed in this period, so there is nothing to compare yet.</source>
        <translation>No se usó nada antes de dormir en este periodo, así que aún no hay nada que comparar.</translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>No hay noches anotadas en este periodo.</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Parece ayudar</translation>
    </message>
    <message>
        <source>Seems to hurt</source>
        <translation>Parece empeorar</translation>
    </message>
    <message>
        <source>Not clear yet</source>
        <translation>Aún no está claro</translation>
    </message>
    <message>
        <source>Too little data yet</source>
        <translation>Aún hay pocos datos</translation>
    </message>
    <message>
        <source>These are associations in your own nights, not proof of cause.</source>
        <translation>Son asociaciones en tus propias noches, no pruebas de causa.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>%1 Help</source>
        <translation>Ayuda de %1</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import a journal file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>Journal files and other apps&apos; exports (*.json *.zip *.csv);;Quiet Legs journal (*.json);;CSV files in a .zip (*.zip);;One CSV file (*.csv);;All files (*)</source>
        <translation>Archivos de diario y exportaciones de otras apps (*.json *.zip *.csv);;Diario de Quiet Legs (*.json);;Archivos CSV en un .zip (*.zip);;Un archivo CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder that holds the CSV files</source>
        <translation>Elige la carpeta con los archivos CSV</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>Quiet Legs journal (*.json)</source>
        <translation>Diario de Quiet Legs (*.json)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Elige dónde poner la carpeta de archivos CSV</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>{0} could not be saved.</source>
        <translation>No se pudo guardar {0}.</translation>
    </message>
    <message>
        <source>Your journal is unchanged. Try another folder.</source>
        <translation>Tu diario no ha cambiado. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
    <message>
        <source>Years of nights can take a minute. Nothing changes until all of it is done.</source>
        <translation>Años de noches pueden tardar un minuto. No cambia nada hasta que esté todo hecho.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>The insights could not be worked out: %s</source>
        <translation>No se pudo calcular el análisis: %s</translation>
    </message>
    <message>
        <source>all nights</source>
        <translation>todas las noches</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n night(s) logged</source>
        <translation>
            <numerusform>%1 · %n noche anotada</numerusform>
            <numerusform>%1 · %n noches anotadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>No hay noches anotadas en este periodo.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Night of %1 — %2: %3 · before bed: %4 · symptoms: %5 · in the night: %6</source>
        <translation>Noche del %1 — %2: %3 · antes de dormir: %4 · síntomas: %5 · durante la noche: %6</translation>
    </message>
    <message>
        <source>Night of %1 — %2: %3 · before bed: %4 · symptoms: %5</source>
        <translation>Noche del %1 — %2: %3 · antes de dormir: %4 · síntomas: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>{0} {1}/10 at {2}</source>
        <translation>{0} {1}/10 a las {2}</translation>
    </message>
    <message>
        <source>The chart is still being drawn; try again in a moment.</source>
        <translation>El gráfico aún se está dibujando; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart: %s</source>
        <translation>No se pudo guardar el gráfico: %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado %s</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Weighing the evidence…</source>
        <translation>Valorando los datos…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Edit an intervention</source>
        <translation>Editar un remedio</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Añadir un remedio</translation>
    </message>
    <message>
        <source>Type to search the catalog</source>
        <translation>Escribe para buscar en el catálogo</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation>&amp;Duró</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>is not in the catalog (“{0}”): pick one from the list</source>
        <translation>no está en el catálogo («{0}»): elige uno de la lista</translation>
    </message>
    <message>
        <source>is required: pick one from the list</source>
        <translation>es obligatorio: elige uno de la lista</translation>
    </message>
    <message>
        <source>must be a number, like 300 or 0.5</source>
        <translation>debe ser un número, como 300 o 0,5</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n night(s)</source>
        <translation>
            <numerusform>%1 de %n noche</numerusform>
            <numerusform>%1 de %n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the diary of the night of %1; its symptoms and interventions are kept. Ctrl+Z brings it back.</source>
        <translation>Se borró la entrada de la noche del %1; sus síntomas y remedios se conservan. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Deleted a symptom. Ctrl+Z brings it back.</source>
        <translation>Se borró un síntoma. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Deleted %1 at %2. Ctrl+Z brings it back.</source>
        <translation>Se borró %1 de las %2. Ctrl+Z lo recupera.</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>The journal could not be opened, so nothing was saved.</source>
        <translation>No se pudo abrir el diario, así que no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>KeepInTray</name>
    <message>
        <source>Quiet Legs is still running</source>
        <translation>Quiet Legs sigue abierto</translation>
    </message>
    <message>
        <source>Its reminders still come. Click the Quiet Legs icon to open it again, or choose Quit from its menu to end it.</source>
        <translation>Sus recordatorios siguen llegando. Haz clic en el icono de Quiet Legs para volver a abrirlo, o elige Salir en su menú para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesio</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Warm soak</source>
        <translation>Baño caliente</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hidratación</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compresión</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Piernas en alto</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Hierro</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Potasio</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Acupuntura</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Cafeína</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nicotina</translation>
    </message>
    <message>
        <source>Heavy meal</source>
        <translation>Comida copiosa</translation>
    </message>
    <message>
        <source>Late exercise</source>
        <translation>Ejercicio tardío</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Estar sentado</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Siesta</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>estiramientos</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>magnesio</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <source>a warm soak</source>
        <translation>un baño caliente</translation>
    </message>
    <message>
        <source>a massage</source>
        <translation>un masaje</translation>
    </message>
    <message>
        <source>hydration</source>
        <translation>hidratación</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compresión</translation>
    </message>
    <message>
        <source>leg elevation</source>
        <translation>poner las piernas en alto</translation>
    </message>
    <message>
        <source>relaxation</source>
        <translation>relajación</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>hierro</translation>
    </message>
    <message>
        <source>potassium</source>
        <translation>potasio</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>punción seca</translation>
    </message>
    <message>
        <source>acupuncture</source>
        <translation>acupuntura</translation>
    </message>
    <message>
        <source>physical therapy</source>
        <translation>fisioterapia</translation>
    </message>
    <message>
        <source>caffeine</source>
        <translation>cafeína</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <source>nicotine</source>
        <translation>nicotina</translation>
    </message>
    <message>
        <source>a heavy meal</source>
        <translation>una comida copiosa</translation>
    </message>
    <message>
        <source>late exercise</source>
        <translation>ejercicio tardío</translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation>estar mucho tiempo sentado</translation>
    </message>
    <message>
        <source>a nap</source>
        <translation>una siesta</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows the next time Quiet Legs starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra Quiet Legs.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MilestoneForm</name>
    <message>
        <source>Edit milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>stopped kratom, started iron, physiotherapy began…</source>
        <translation>dejé el kratom, empecé con hierro, empezó la fisioterapia…</translation>
    </message>
    <message>
        <source>No timeline</source>
        <translation>Sin línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Dated events that matter, counted in days on Today and marked on the milestone chart. Dry-needling sessions count by themselves.</source>
        <translation>Acontecimientos importantes con fecha, contados en días en Hoy y marcados en el gráfico de hitos. Las sesiones de punción seca se cuentan solas.</translation>
    </message>
</context>
<context>
    <name>NextAppointmentWidget</name>
    <message>
        <source>Questions…</source>
        <translation>Preguntas…</translation>
    </message>
    <message>
        <source>Open the appointment to add or change its questions</source>
        <translation>Abre la cita para añadir o cambiar sus preguntas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Next appointment, {0}</source>
        <translation>Próxima cita, {0}</translation>
    </message>
    <message>
        <source>{date}{at} with {who}</source>
        <translation>{date}{at} con {who}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions written down yet.</source>
        <translation>Aún no hay preguntas anotadas.</translation>
    </message>
</context>
<context>
    <name>NightDetail</name>
    <message>
        <source>&amp;Edit night…</source>
        <translation>&amp;Editar noche…</translation>
    </message>
    <message>
        <source>Delete night</source>
        <translation>Borrar noche</translation>
    </message>
    <message>
        <source>Add &amp;symptom…</source>
        <translation>Añadir &amp;síntoma…</translation>
    </message>
    <message>
        <source>Add &amp;intervention…</source>
        <translation>Añadir &amp;remedio…</translation>
    </message>
    <message>
        <source>No leg symptoms logged for this night.</source>
        <translation>No hay síntomas de piernas anotados esta noche.</translation>
    </message>
    <message>
        <source>Nothing logged before bed.</source>
        <translation>Nada anotado antes de dormir.</translation>
    </message>
    <message>
        <source>Nothing used during the night.</source>
        <translation>No se usó nada durante la noche.</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>Antes de dormir</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Síntomas de piernas</translation>
    </message>
    <message>
        <source>During the night</source>
        <translation>Durante la noche</translation>
    </message>
    <message>
        <source>Reactions to symptoms: judged by how fast they eased, never credited or blamed for the night.</source>
        <translation>Reacciones a los síntomas: se valoran por lo rápido que aliviaron, nunca se les atribuye la noche.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Choose a night</source>
        <translation>Elige una noche</translation>
    </message>
    <message>
        <source>Pick a night in the list or the calendar to see it in full.</source>
        <translation>Elige una noche en la lista o en el calendario para verla completa.</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Noche del %1</translation>
    </message>
    <message>
        <source>&amp;Log this night…</source>
        <translation>&amp;Anotar esta noche…</translation>
    </message>
    <message>
        <source>Interventions (no bedtime logged, so not split)</source>
        <translation>Remedios (sin hora de acostarse anotada, así que sin dividir)</translation>
    </message>
    <message>
        <source>Missed from your regimen: %1</source>
        <translation>Olvidado de tu pauta: %1</translation>
    </message>
    <message>
        <source>Skipped on purpose: %1</source>
        <translation>Saltado a propósito: %1</translation>
    </message>
    <message>
        <source>No diary for this night yet.</source>
        <translation>Aún no hay entrada para esta noche.</translation>
    </message>
    <message>
        <source>%1 asleep</source>
        <translation>%1 dormido</translation>
    </message>
    <message>
        <source>%1% efficiency</source>
        <translation>%1 % de eficiencia</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>sin síntomas</translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n síntoma</numerusform>
            <numerusform>%n síntomas</numerusform>
        </translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <source>Lights out</source>
        <translation>Luz apagada</translation>
    </message>
    <message>
        <source>Fell asleep in</source>
        <translation>Se durmió en</translation>
    </message>
    <message>
        <source>Woke in the night</source>
        <translation>Despertó de noche</translation>
    </message>
    <message>
        <source>not once</source>
        <translation>ni una vez</translation>
    </message>
    <message>
        <source>%1× · %2</source>
        <translation>%1× · %2</translation>
    </message>
    <message>
        <source>Final wake</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>Out of bed</source>
        <translation>Levantado</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Tiempo en la cama</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sueño total</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Eficiencia del sueño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Leg discomfort</source>
        <translation>Molestias en las piernas</translation>
    </message>
</context>
<context>
    <name>NightDialog</name>
    <message>
        <source>The night of {0}</source>
        <translation>La noche del {0}</translation>
    </message>
    <message>
        <source>The night that began on the evening of {0}.</source>
        <translation>La noche que empezó la tarde del {0}.</translation>
    </message>
</context>
<context>
    <name>NightForm</name>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save night</source>
        <translation>Guardar noche</translation>
    </message>
    <message>
        <source>getting into bed</source>
        <translation>acostarse</translation>
    </message>
    <message>
        <source>lights out</source>
        <translation>apagar la luz</translation>
    </message>
    <message>
        <source>the final awakening</source>
        <translation>el despertar final</translation>
    </message>
    <message>
        <source>({0}) comes before {1} ({2}): check the two times</source>
        <translation>({0}) es anterior a {1} ({2}): revisa las dos horas</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
</context>
<context>
    <name>OptionalMinutes</name>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>total sleep</source>
        <comment>an outcome inside a sentence</comment>
        <translation>sueño total</translation>
    </message>
    <message>
        <source>sleep efficiency</source>
        <comment>an outcome inside a sentence</comment>
        <translation>eficiencia del sueño</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <comment>an outcome inside a sentence</comment>
        <translation>minutos hasta dormirse</translation>
    </message>
    <message>
        <source>minutes awake in the night</source>
        <comment>an outcome inside a sentence</comment>
        <translation>minutos despierto durante la noche</translation>
    </message>
    <message>
        <source>awakenings</source>
        <comment>an outcome inside a sentence</comment>
        <translation>despertares</translation>
    </message>
    <message>
        <source>sleep quality (1–5)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>calidad del sueño (1–5)</translation>
    </message>
    <message>
        <source>feeling rested (1–5)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>descanso (1–5)</translation>
    </message>
    <message>
        <source>leg discomfort (0–10)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>molestias en las piernas (0–10)</translation>
    </message>
    <message>
        <source>symptom events</source>
        <comment>an outcome inside a sentence</comment>
        <translation>episodios de síntomas</translation>
    </message>
    <message>
        <source>worst symptom (0–10)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>peor síntoma (0–10)</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, short</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign</comment>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <source>Worth raising with a clinician</source>
        <translation>Conviene comentarlo con un profesional sanitario</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Put this away: it will not be shown again for this episode. It stays listed in the appointment report.</source>
        <translation>Guardar esto: no se volverá a mostrar para este episodio. Sigue apareciendo en el informe para la cita.</translation>
    </message>
    <message>
        <source>Please seek care today</source>
        <translation>Busca atención médica hoy</translation>
    </message>
    <message>
        <source>Worth telling your doctor soon</source>
        <translation>Conviene contárselo pronto a tu médico</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Logged on the night of {0}.</source>
        <translation>Anotado en la noche del {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to look at after this one.</source>
        <translation>
            <numerusform>Después de este queda %n más por ver.</numerusform>
            <numerusform>Después de este quedan %n más por ver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenCard</name>
    <message>
        <source>Regimens…</source>
        <translation>Pautas…</translation>
    </message>
    <message>
        <source>Add, change or end what you take on a schedule (Ctrl+Shift+R)</source>
        <translation>Añadir, cambiar o terminar lo que tomas con una pauta (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Everything on this evening&apos;s regimen is logged or skipped.</source>
        <translation>Todo lo de la pauta de esta noche está anotado o saltado.</translation>
    </message>
    <message>
        <source>Your regimen tonight</source>
        <translation>Tu pauta de esta noche</translation>
    </message>
    <message>
        <source>Untick what you did not take, or mark it skipped; one click logs the rest at their times.</source>
        <translation>Desmarca lo que no tomaste, o márcalo como saltado; un clic anota el resto a sus horas.</translation>
    </message>
    <message>
        <source>Last evening&apos;s regimen ({0})</source>
        <translation>Pauta de anoche ({0})</translation>
    </message>
    <message>
        <source>Before bed on {0}. One click logs what is ticked at its time that evening.</source>
        <translation>Antes de dormir el {0}. Un clic anota lo marcado a su hora esa noche.</translation>
    </message>
    <message>
        <source>That evening&apos;s regimen</source>
        <translation>Pauta de esa noche</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>taken at {0}</source>
        <translation>tomado a las {0}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Undo skipping {0}</source>
        <translation>Deshacer el salto de {0}</translation>
    </message>
    <message>
        <source>Marked skipped on purpose; click to take that back.</source>
        <translation>Marcado como saltado a propósito; haz clic para deshacerlo.</translation>
    </message>
    <message>
        <source>Skip {0} this evening</source>
        <translation>Saltar {0} esta noche</translation>
    </message>
    <message>
        <source>Not taking it this evening, on purpose: it is not counted as missed.</source>
        <translation>No lo tomas esta noche, a propósito: no cuenta como olvido.</translation>
    </message>
    <message>
        <source>Ticked items are logged by the button below the list.</source>
        <translation>El botón de debajo de la lista anota los elementos marcados.</translation>
    </message>
    <message numerus="yes">
        <source>Log tonight&apos;s regimen (%n item(s))</source>
        <translation>
            <numerusform>Anotar la pauta de esta noche (%n elemento)</numerusform>
            <numerusform>Anotar la pauta de esta noche (%n elementos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log that evening&apos;s regimen (%n item(s))</source>
        <translation>
            <numerusform>Anotar la pauta de esa noche (%n elemento)</numerusform>
            <numerusform>Anotar la pauta de esa noche (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked to log</source>
        <translation>No hay nada marcado para anotar</translation>
    </message>
    <message numerus="yes">
        <source>Logged %n item(s) of the regimen. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Se anotó %n elemento de la pauta. Ctrl+Z lo deshace.</numerusform>
            <numerusform>Se anotaron %n elementos de la pauta. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {0} skipped for that evening. Ctrl+Z undoes it.</source>
        <translation>{0} marcado como saltado esa noche. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>{0} is no longer marked skipped.</source>
        <translation>{0} ya no está marcado como saltado.</translation>
    </message>
</context>
<context>
    <name>RegimenForm</name>
    <message>
        <source>Change a regimen</source>
        <translation>Cambiar una pauta</translation>
    </message>
    <message>
        <source>New regimen</source>
        <translation>Nueva pauta</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays (Mon–Fri)</source>
        <translation>Entre semana (lun–vie)</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Días elegidos</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>before bed</source>
        <translation>antes de dormir</translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before bed</source>
        <translation>Minutos antes de dormir</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;From the night of</source>
        <translation>&amp;Desde la noche del</translation>
    </message>
    <message>
        <source>&amp;Change from the night of</source>
        <translation>&amp;Cambiar desde la noche del</translation>
    </message>
    <message>
        <source>Nights before it keep the regimen as it was (started {0}); the night it started corrects it instead.</source>
        <translation>Las noches anteriores conservan la pauta como era (empezó el {0}); la noche en que empezó la corrige.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>must be a number, such as 300 or 0.25</source>
        <translation>debe ser un número, como 300 o 0,25</translation>
    </message>
    <message>
        <source>is before the regimen started ({0})</source>
        <translation>es anterior al inicio de la pauta ({0})</translation>
    </message>
</context>
<context>
    <name>RegimensDialog</name>
    <message>
        <source>Regimens</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Not due from this evening on; past nights keep it (Ctrl+E)</source>
        <translation>Deja de tocar desde esta noche; las noches pasadas la conservan (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>For one entered by mistake: past nights forget it too</source>
        <translation>Para una creada por error: las noches pasadas también la olvidan</translation>
    </message>
    <message>
        <source>What you take or do on a schedule. Today lists each evening&apos;s items to log in one click; the Journal and the report show the doses missed.</source>
        <translation>Lo que tomas o haces con una pauta. Hoy muestra lo de cada noche para anotarlo con un clic; el Diario y el informe muestran las tomas olvidadas.</translation>
    </message>
    <message>
        <source>Ended: it is no longer due from this evening on. Ctrl+Z undoes it.</source>
        <translation>Terminada: deja de tocar desde esta noche. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Deleted; the doses already logged stay. Ctrl+Z brings it back.</source>
        <translation>Borrada; las tomas ya anotadas se quedan. Ctrl+Z la recupera.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tonight&apos;s remedies</source>
        <translation>Remedios de esta noche</translation>
    </message>
    <message>
        <source>Nothing is logged for this evening yet. Click to log what you took or did.</source>
        <translation>Aún no hay nada anotado esta noche. Haz clic para anotar lo que tomaste o hiciste.</translation>
    </message>
    <message>
        <source>How did you sleep?</source>
        <translation>¿Cómo has dormido?</translation>
    </message>
    <message>
        <source>The night of {0} is not logged yet. Click to log it.</source>
        <translation>La noche del {0} aún no está anotada. Haz clic para anotarla.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Evening: log tonight&apos;s remedies at</source>
        <translation>&amp;Noche: anotar los remedios a las</translation>
    </message>
    <message>
        <source>&amp;Morning: log last night at</source>
        <translation>&amp;Mañana: anotar la noche a las</translation>
    </message>
    <message>
        <source>Each reminder comes once, and only when that entry is not logged yet; “Remind me in 30 minutes” asks again later.</source>
        <translation>Cada recordatorio llega una vez, y solo si esa entrada aún no está anotada; «Recordármelo en 30 minutos» vuelve a preguntar más tarde.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so reminders are shown in the window&apos;s status bar while Quiet Legs is open.</source>
        <translation>Este escritorio no tiene área de notificaciones, así que los recordatorios aparecen en la barra de estado de la ventana mientras Quiet Legs está abierto.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Informe desde</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Informe hasta</translation>
    </message>
    <message>
        <source>Your name, printed on every page</source>
        <translation>Tu nombre, impreso en cada página</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Nights table</source>
        <translation>Tabla de noches</translation>
    </message>
    <message>
        <source>For this visit</source>
        <translation>Para esta visita</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Nights of</source>
        <translation>&amp;Noches del</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Na&amp;me on the report</source>
        <translation>No&amp;mbre en el informe</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The first night is after the last one.</source>
        <translation>La primera noche es posterior a la última.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elige al menos una sección.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting the report together…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>The report could not be put together: {0}</source>
        <translation>No se pudo preparar el informe: {0}</translation>
    </message>
    <message>
        <source>Sleep and legs report</source>
        <translation>Informe de sueño y piernas</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}.</source>
        <translation>
            <numerusform>Se guardó %n página en {0}.</numerusform>
            <numerusform>Se guardaron %n páginas en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>No se pudo escribir {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Quiet Legs backs up your journal on its own: before updates, imports and restores, when you close it, and every 30 minutes while you make changes. It keeps every backup of today, one a day for two weeks, one a week for three months and one a month after that.
Backups are kept in {0}</source>
        <translation>Quiet Legs hace copias de tu diario por sí solo: antes de actualizaciones, importaciones y restauraciones, al cerrarlo y cada 30 minutos mientras haces cambios. Guarda todas las copias de hoy, una al día durante dos semanas, una a la semana durante tres meses y después una al mes.
Las copias se guardan en {0}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia ahora</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made when you close Quiet Legs after a change, or now with “Back up now”.</source>
        <translation>Aún no hay copias. La primera se hace al cerrar Quiet Legs tras un cambio, o ahora con «Hacer copia ahora».</translation>
    </message>
    <message>
        <source>Backed up just now.</source>
        <translation>Copia hecha ahora mismo.</translation>
    </message>
    <message>
        <source>nights unknown</source>
        <translation>noches desconocidas</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Restore the backup from {0} ({1})?

Your journal as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>¿Restaurar la copia del {0} ({1})?

Antes se hace una copia de tu diario tal como está, para que puedas volver a él desde esta lista.</translation>
    </message>
    <message>
        <source>The backup was not restored: {0}</source>
        <translation>No se restauró la copia: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {0}. The journal now holds %n night(s).</source>
        <translation>
            <numerusform>Se restauró la copia del {0}. El diario tiene ahora %n noche.</numerusform>
            <numerusform>Se restauró la copia del {0}. El diario tiene ahora %n noches.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged journal was kept as {0}.</source>
        <translation>El diario dañado se guardó como {0}.</translation>
    </message>
    <message>
        <source>Your journal as it was is the newest backup in this list.</source>
        <translation>Tu diario tal como estaba es la copia más reciente de esta lista.</translation>
    </message>
</context>
<context>
    <name>SeverityBox</name>
    <message>
        <source>Choose 0–10</source>
        <translation>Elige 0–10</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Edit a symptom</source>
        <translation>Editar un síntoma</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Añadir un síntoma</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>It woke me up</source>
        <translation>Me despertó</translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation>&amp;Duró</translation>
    </message>
    <message>
        <source>&amp;Preceded by</source>
        <translation>&amp;Precedido de</translation>
    </message>
    <message>
        <source>&amp;Eased by</source>
        <translation>&amp;Aliviado con</translation>
    </message>
    <message>
        <source>Eased &amp;after</source>
        <translation>Alivio &amp;tras</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The night of {0} has changes that are not saved yet. Save them?</source>
        <translation>La noche del {0} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Saved the night of {0}. Ctrl+Z undoes it.</source>
        <translation>Se guardó la noche del {0}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>woke me</source>
        <translation>me despertó</translation>
    </message>
    <message>
        <source>eased by {0}</source>
        <translation>aliviado con {0}</translation>
    </message>
    <message>
        <source> in {0} min</source>
        <translation> en {0} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source> · in the night</source>
        <translation> · durante la noche</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>{0} — how did you sleep?</source>
        <translation>{0} — ¿cómo has dormido?</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Esta noche</translation>
    </message>
    <message>
        <source>The night of {0}</source>
        <translation>La noche del {0}</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>anotado</translation>
    </message>
    <message>
        <source>not logged yet</source>
        <translation>aún sin anotar</translation>
    </message>
    <message>
        <source>The night of {0} → {1}, {2}.</source>
        <translation>La noche del {0} → {1}, {2}.</translation>
    </message>
    <message>
        <source>Deleted the symptom.</source>
        <translation>Se borró el síntoma.</translation>
    </message>
    <message>
        <source>Deleted the intervention.</source>
        <translation>Se borró el remedio.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z lo recupera.</translation>
    </message>
</context>
<context>
    <name>WhenInNight</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>On the night of</source>
        <translation>La noche del</translation>
    </message>
    <message>
        <source>The night that began on the evening of this date</source>
        <translation>La noche que empezó la tarde de esta fecha</translation>
    </message>
    <message>
        <source>on the night of</source>
        <translation>la noche del</translation>
    </message>
    <message>
        <source>{0}: that counts for the night of {1}</source>
        <translation>{0}: cuenta para la noche del {1}</translation>
    </message>
    <message>
        <source>{0}, before bed</source>
        <translation>{0}, antes de dormir</translation>
    </message>
    <message>
        <source>{0}, in the night</source>
        <translation>{0}, durante la noche</translation>
    </message>
    <message>
        <source>{0} (the night is not logged yet)</source>
        <translation>{0} (la noche aún no está anotada)</translation>
    </message>
</context>
<context>
    <name>start_refusal</name>
    <message>
        <source>Quiet Legs did not open, and changed nothing.</source>
        <translation>Quiet Legs no se abrió y no cambió nada.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>A cramp lasted more than 10 minutes. Cramps this long are worth telling your doctor about soon; if one lasts this long again or is unbearable, seek care straight away.</source>
        <translation>Un calambre duró más de 10 minutos. Conviene contarle pronto a tu médico los calambres tan largos; si vuelve a durar tanto o es insoportable, busca atención enseguida.</translation>
    </message>
    <message>
        <source>A cramp longer than 10 minutes</source>
        <translation>Un calambre de más de 10 minutos</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Despertares</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Cramp / charley horse</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <source>Dehydration</source>
        <translation>Deshidratación</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>Ayuno</translation>
    </message>
    <message>
        <source>Feeling rested (1–5)</source>
        <translation>Descanso (1–5)</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Kicks in sleep</source>
        <translation>Sacudidas al dormir</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Left shin</source>
        <translation>Espinilla izquierda</translation>
    </message>
    <message>
        <source>Left thigh (back)</source>
        <translation>Muslo izquierdo (detrás)</translation>
    </message>
    <message>
        <source>Left thigh (front)</source>
        <translation>Muslo izquierdo (delante)</translation>
    </message>
    <message>
        <source>Leg discomfort (0–10)</source>
        <translation>Molestias en las piernas (0–10)</translation>
    </message>
    <message>
        <source>Leg discomfort has been rising for two weeks or more although remedies were used most nights. Worth telling your doctor soon: the plan may need a change.</source>
        <translation>Las molestias en las piernas llevan dos semanas o más aumentando, aunque se usaron remedios casi todas las noches. Conviene contárselo pronto a tu médico: puede que haya que cambiar el plan.</translation>
    </message>
    <message>
        <source>Leg discomfort rising despite remedies</source>
        <translation>Molestias en aumento pese a los remedios</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Estar sentado</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minutos despierto durante la noche</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minutos hasta dormirse</translation>
    </message>
    <message>
        <source>Needling soreness usually settles by now, about 72 hours after the session.</source>
        <translation>Las agujetas de la punción suelen pasar ya, unas 72 horas después de la sesión.</translation>
    </message>
    <message>
        <source>Numbness / tingling</source>
        <translation>Entumecimiento / hormigueo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pain / aching</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Pantorrilla derecha</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Right shin</source>
        <translation>Espinilla derecha</translation>
    </message>
    <message>
        <source>Right thigh (back)</source>
        <translation>Muslo derecho (detrás)</translation>
    </message>
    <message>
        <source>Right thigh (front)</source>
        <translation>Muslo derecho (delante)</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Eficiencia del sueño</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Calidad del sueño (1–5)</translation>
    </message>
    <message>
        <source>Some remedies, iron among them, act over weeks: judge them over weeks, not nights.</source>
        <translation>Algunos remedios, como el hierro, actúan a lo largo de semanas: valóralos en semanas, no en noches.</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Agujetas</translation>
    </message>
    <message>
        <source>Soreness after dry needling usually peaks within 24–48 hours and settles by 72.</source>
        <translation>Las agujetas tras la punción seca suelen ser más fuertes a las 24–48 horas y pasan hacia las 72.</translation>
    </message>
    <message>
        <source>Soreness more than 72 hours after dry needling</source>
        <translation>Agujetas más de 72 horas después de la punción seca</translation>
    </message>
    <message>
        <source>Soreness was still logged more than 72 hours after a dry-needling session; it usually settles within 72 hours. Worth telling your practitioner or doctor soon, sooner if the spot is red, warm or swollen, or you have a fever.</source>
        <translation>Se anotaron agujetas más de 72 horas después de una sesión de punción seca; suelen pasar en 72 horas. Conviene contárselo pronto a tu terapeuta o a tu médico, antes si la zona está roja, caliente o hinchada, o si tienes fiebre.</translation>
    </message>
    <message>
        <source>Spasm / twitching</source>
        <translation>Espasmo / tirones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Started a remedy or medicine</source>
        <translation>Empezó un remedio o medicamento</translation>
    </message>
    <message>
        <source>Stopped (withdrawal)</source>
        <translation>Dejado (retirada)</translation>
    </message>
    <message>
        <source>Stopped something (withdrawal)</source>
        <translation>Dejó algo (retirada)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Suplemento</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth</source>
        <translation>Hinchazón, enrojecimiento o calor</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth in one leg</source>
        <translation>Hinchazón, enrojecimiento o calor en una pierna</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth was logged in one leg. In one leg this should be checked the same day, so that a blood clot can be ruled out: please seek care today. If you are short of breath or have chest pain, call emergency services.</source>
        <translation>Se anotó hinchazón, enrojecimiento o calor en una pierna. En una sola pierna conviene revisarlo el mismo día para descartar un coágulo: busca atención médica hoy. Si te falta el aire o te duele el pecho, llama a emergencias.</translation>
    </message>
    <message>
        <source>Symptom events</source>
        <translation>Episodios de síntomas</translation>
    </message>
    <message>
        <source>Symptoms that linger this long are worth telling your doctor about.</source>
        <translation>Conviene contarle a tu médico los síntomas que duran tanto.</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Therapy session or course</source>
        <translation>Sesión o tratamiento de terapia</translation>
    </message>
    <message>
        <source>Thigh (back)</source>
        <translation>Muslo (detrás)</translation>
    </message>
    <message>
        <source>Thigh (front)</source>
        <translation>Muslo (delante)</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sueño total</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Urge to move (RLS)</source>
        <translation>Necesidad de moverse (SPI)</translation>
    </message>
    <message>
        <source>Weakness or imbalance</source>
        <translation>Debilidad o inestabilidad</translation>
    </message>
    <message>
        <source>Weakness or numbness with spasms or cramps</source>
        <translation>Debilidad o entumecimiento con espasmos o calambres</translation>
    </message>
    <message>
        <source>Weakness, numbness or imbalance was logged together with spasms or cramps. This is worth telling your doctor soon, so that the nerves can be checked.</source>
        <translation>Se anotó debilidad, entumecimiento o inestabilidad junto con espasmos o calambres. Conviene contárselo pronto a tu médico para que revise los nervios.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms usually ease over days to weeks.</source>
        <translation>Los síntomas de retirada suelen aliviarse en días o semanas.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms usually peak at 48–72 hours: this is often the hardest stretch.</source>
        <translation>Los síntomas de retirada suelen ser más fuertes a las 48–72 horas: a menudo es el tramo más difícil.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms, restless legs among them, usually begin within 24–48 hours.</source>
        <translation>Los síntomas de retirada, entre ellos las piernas inquietas, suelen empezar en 24–48 horas.</translation>
    </message>
    <message>
        <source>Worst symptom (0–10)</source>
        <translation>Peor síntoma (0–10)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>cannot be before the experiment began</source>
        <translation>no puede ser anterior al inicio del experimento</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>contains a NUL character (\x00), which is not text</source>
        <translation>contiene un carácter NUL (\x00), que no es texto</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>holds a night outside the time the regimen was in force</source>
        <translation>incluye una noche fuera del tiempo en que la pauta estaba vigente</translation>
    </message>
    <message>
        <source>is before getting into bed</source>
        <translation>es anterior a la hora de acostarse</translation>
    </message>
    <message>
        <source>is before lights out: the wake time must come after trying to sleep</source>
        <translation>es anterior a apagar la luz: el despertar debe ser posterior al intento de dormir</translation>
    </message>
    <message>
        <source>is before the final awakening</source>
        <translation>es anterior al despertar final</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is required (for example “stopped kratom”)</source>
        <translation>es obligatorio (por ejemplo, «dejé el kratom»)</translation>
    </message>
    <message>
        <source>is required: the first night of the experiment</source>
        <translation>es obligatorio: la primera noche del experimento</translation>
    </message>
    <message>
        <source>is required: what is taken or done, a kind of the catalog</source>
        <translation>es obligatorio: lo que se toma o se hace, un tipo del catálogo</translation>
    </message>
    <message>
        <source>is required: who the appointment is with</source>
        <translation>es obligatorio: con quién es la cita</translation>
    </message>
    <message>
        <source>is too early: minutes to fall asleep plus minutes awake are more than the time from lights out to the final awakening</source>
        <translation>es demasiado pronto: los minutos hasta dormirse más los minutos despierto superan el tiempo desde apagar la luz hasta el despertar final</translation>
    </message>
    <message>
        <source>lists a kind twice</source>
        <translation>incluye un tipo dos veces</translation>
    </message>
    <message>
        <source>lists a place twice</source>
        <translation>incluye un lugar dos veces</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>makes the time in bed longer than 20 hours</source>
        <translation>hace que el tiempo en la cama supere las 20 horas</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>must be 1–40 lowercase letters, digits or underscores</source>
        <translation>debe tener de 1 a 40 minúsculas, cifras o guiones bajos</translation>
    </message>
    <message>
        <source>must be a clock time such as 21:00</source>
        <translation>debe ser una hora, como 21:00</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a time of day like 10:30</source>
        <translation>debe ser una hora del día, como 10:30</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be dates</source>
        <translation>deben ser fechas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>must name at least one day of the week</source>
        <translation>debe indicar al menos un día de la semana</translation>
    </message>
    <message>
        <source>needs either a clock time or minutes before bed, not both</source>
        <translation>necesita una hora o minutos antes de dormir, no ambas cosas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mala</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>bastante</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>muy mala</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>while in use</source>
        <translation>durante el uso</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
    <message>
        <source>cannot be changed on a built-in kind: {0} is {1}, not {2} (make a kind of your own for that)</source>
        <translation>no se puede cambiar en un tipo incluido: {0} es {1}, no {2} (crea un tipo propio para eso)</translation>
    </message>
    <message>
        <source>has more than {0} questions</source>
        <translation>tiene más de {0} preguntas</translation>
    </message>
    <message>
        <source>is before the appointment itself ({0})</source>
        <translation>es anterior a la propia cita ({0})</translation>
    </message>
    <message>
        <source>is before the regimen started ({0})</source>
        <translation>es anterior al inicio de la pauta ({0})</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>tiene más de {0} caracteres</translation>
    </message>
    <message>
        <source>must be 1–{0} characters</source>
        <translation>debe tener de 1 a {0} caracteres</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to {0}</source>
        <translation>debe ser un número entero de minutos entre 0 y {0}</translation>
    </message>
    <message>
        <source>must be at most {0} (it is {1})</source>
        <translation>debe ser como mucho {0} (es {1})</translation>
    </message>
    <message>
        <source>must be between noon on {0} and noon the next day (it is {1})</source>
        <translation>debe estar entre el mediodía del {0} y el mediodía del día siguiente (es {1})</translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation>debe ser uno de estos: {0}</translation>
    </message>
    <message>
        <source>must be one of {0} (it is {1})</source>
        <translation>debe ser uno de estos: {0} (es {1})</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>must be {0}</translation>
    </message>
    <message>
        <source>must be {0} (it is {1})</source>
        <translation>must be {0} (it is {1})</translation>
    </message>
    <message>
        <source>overlaps the night of {0} ({1} to {2})</source>
        <translation>se solapa con la noche del {0} ({1} a {2})</translation>
    </message>
    <message>
        <source>question {0} is empty</source>
        <translation>la pregunta {0} está vacía</translation>
    </message>
    <message>
        <source>question {0} is longer than {1} characters</source>
        <translation>la pregunta {0} tiene más de {1} caracteres</translation>
    </message>
    <message>
        <source>question {0} {1}</source>
        <translation>la pregunta {0} {1}</translation>
    </message>
    <message>
        <source>the experiment would end after the last date a journal can hold ({0})</source>
        <translation>el experimento terminaría después de la última fecha que admite un diario ({0})</translation>
    </message>
    <message>
        <source>the night of {0} is already logged</source>
        <translation>la noche del {0} ya está anotada</translation>
    </message>
    <message>
        <source>unknown kind {0}; use a kind from the catalog</source>
        <translation>tipo desconocido {0}; usa un tipo del catálogo</translation>
    </message>
    <message>
        <source>unknown outcome {0}; choose one of {1}</source>
        <translation>medida desconocida {0}; elige una de estas: {1}</translation>
    </message>
    <message>
        <source>{0} is neither built in nor in the catalog</source>
        <translation>{0} no viene incluido ni está en el catálogo</translation>
    </message>
    <message>
        <source>{0} is not a known place on the body</source>
        <translation>{0} no es un lugar del cuerpo conocido</translation>
    </message>
    <message>
        <source>{0} is not an intervention kind in the catalog</source>
        <translation>{0} no es un tipo de remedio del catálogo</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} no es uno de estos: {1}</translation>
    </message>
</context>
</TS>
