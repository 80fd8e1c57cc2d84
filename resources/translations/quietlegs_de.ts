<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>it cannot be written to</source>
        <translation>es lässt sich nicht beschreiben</translation>
    </message>
    <message>
        <source>Quiet Legs cannot write to its data folder {0} ({1}). Make room on that disk, then start Quiet Legs again.</source>
        <translation>Quiet Legs kann nicht in seinen Datenordner {0} schreiben ({1}). Schaffen Sie Platz auf diesem Laufwerk und starten Sie Quiet Legs dann erneut.</translation>
    </message>
    <message>
        <source>Quiet Legs cannot use its data folder {0} ({1}). Make sure the folder exists and that you may write to it, or start Quiet Legs with --data-dir set to another folder.</source>
        <translation>Quiet Legs kann seinen Datenordner {0} nicht verwenden ({1}). Stellen Sie sicher, dass der Ordner existiert und Sie darin schreiben dürfen, oder starten Sie Quiet Legs mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Quiet Legs could not start because of an unexpected problem ({0}). Start it again; if it happens again, the details are in {1}.</source>
        <translation>Quiet Legs konnte wegen eines unerwarteten Problems nicht starten ({0}). Starten Sie es erneut; passiert es wieder, stehen die Einzelheiten in {1}.</translation>
    </message>
    <message>
        <source>Quiet Legs could not start because of an unexpected problem ({0}). Start it again.</source>
        <translation>Quiet Legs konnte wegen eines unerwarteten Problems nicht starten ({0}). Starten Sie es erneut.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>The journal is in use by another Quiet Legs program (perhaps an import from the command line). Try again in a moment.</source>
        <translation>Das Tagebuch wird von einem anderen Quiet-Legs-Programm verwendet (vielleicht einem Import über die Kommandozeile). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1, nights of %2 to %3</source>
        <comment>the person, the period</comment>
        <translation>%1, Nächte vom %2 bis %3</translation>
    </message>
    <message>
        <source>nights of %1 to %2</source>
        <translation>Nächte vom %1 bis %2</translation>
    </message>
    <message>
        <source>Nights logged: %1 of %2 (%3). Compared with the same number of nights just before (%4, %5 logged).</source>
        <translation>Eingetragene Nächte: %1 von %2 (%3). Verglichen mit ebenso vielen Nächten direkt davor (%4, %5 eingetragen).</translation>
    </message>
    <message>
        <source>Nights logged: %1 of %2. Compared with the same number of nights just before (%3, %4 logged).</source>
        <translation>Eingetragene Nächte: %1 von %2. Verglichen mit ebenso vielen Nächten direkt davor (%3, %4 eingetragen).</translation>
    </message>
    <message>
        <source>Sleep and leg symptoms</source>
        <translation>Schlaf und Beinbeschwerden</translation>
    </message>
    <message>
        <source>Averages per logged night</source>
        <translation>Durchschnitte pro eingetragener Nacht</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinbeschwerden</translation>
    </message>
    <message>
        <source>All leg symptoms</source>
        <translation>Alle Beinbeschwerden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Woke the person</source>
        <translation>Hat die Person geweckt</translation>
    </message>
    <message>
        <source>No leg symptoms were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Beinbeschwerden eingetragen.</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Was angewendet wurde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Wie oft angewendet</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>Vor dem Schlafen</translation>
    </message>
    <message>
        <source>In the night</source>
        <translation>In der Nacht</translation>
    </message>
    <message>
        <source>Typical dose</source>
        <translation>Übliche Menge</translation>
    </message>
    <message>
        <source>Nothing was logged as used in this period.</source>
        <translation>In diesem Zeitraum wurde nichts als angewendet eingetragen.</translation>
    </message>
    <message>
        <source>Top findings from Insights (associations, not proof of cause)</source>
        <translation>Wichtigste Erkenntnisse (Zusammenhänge, kein Beweis für eine Ursache)</translation>
    </message>
    <message>
        <source>Averages are per logged night. Total sleep is the time from lights out to the final awakening, less the minutes to fall asleep and the minutes awake. Sleep efficiency is total sleep as a share of the time in bed. “Before bed” and “In the night” count the nights on which something was used at that time: uses before bed belong to the night that followed; uses in the night were usually reactions to symptoms.</source>
        <translation>Durchschnitte gelten pro eingetragener Nacht. Die Schlafdauer ist die Zeit vom Licht-aus bis zum endgültigen Aufwachen, abzüglich der Minuten bis zum Einschlafen und der wachen Minuten. Die Schlafeffizienz ist die Schlafdauer als Anteil der Zeit im Bett. „Vor dem Schlafen“ und „In der Nacht“ zählen die Nächte, in denen zu dieser Zeit etwas angewendet wurde: Was vor dem Schlafen kam, gehört zur folgenden Nacht; was in der Nacht kam, war meist eine Reaktion auf Beschwerden.</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>{0}: taken {1} of {2} evenings; missed {3}, skipped {4} on purpose.</source>
        <translation>{0}: an {1} von {2} Abenden genommen; {3} versäumt, {4} absichtlich ausgelassen.</translation>
    </message>
    <message>
        <source>Missed on {0}.</source>
        <translation>Am {0} versäumt.</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for %1 and the other habits; not adjusted for %2 (associations, not proof of cause).</source>
        <translation>Die Schlafeffizienz wird Nacht für Nacht und nach Monat gezeigt; das Wirkungsdiagramm vergleicht Nächte nach jeder Gewohnheit mit Nächten ohne, bereinigt um %1 und die anderen Gewohnheiten; nicht bereinigt um %2 (Zusammenhänge, kein Beweis für eine Ursache).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for %1 and the other habits (associations, not proof of cause).</source>
        <translation>Die Schlafeffizienz wird Nacht für Nacht und nach Monat gezeigt; das Wirkungsdiagramm vergleicht Nächte nach jeder Gewohnheit mit Nächten ohne, bereinigt um %1 und die anderen Gewohnheiten (Zusammenhänge, kein Beweis für eine Ursache).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for the other habits; not adjusted for %2 (associations, not proof of cause).</source>
        <translation>Die Schlafeffizienz wird Nacht für Nacht und nach Monat gezeigt; das Wirkungsdiagramm vergleicht Nächte nach jeder Gewohnheit mit Nächten ohne, bereinigt um die anderen Gewohnheiten; nicht bereinigt um %2 (Zusammenhänge, kein Beweis für eine Ursache).</translation>
    </message>
    <message>
        <source>Sleep efficiency is shown night by night and by month; the effects chart compares nights after each habit with nights without, adjusted for the other habits (associations, not proof of cause).</source>
        <translation>Die Schlafeffizienz wird Nacht für Nacht und nach Monat gezeigt; das Wirkungsdiagramm vergleicht Nächte nach jeder Gewohnheit mit Nächten ohne, bereinigt um die anderen Gewohnheiten (Zusammenhänge, kein Beweis für eine Ursache).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Self-experiment: %1</source>
        <translation>Selbstexperiment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 pairs of %2-night periods on and off %3 with %n washout night(s) before each switch, the order within each pair drawn at random; nights of %4 to %5.</source>
        <translation>
            <numerusform>%1 Paare aus Phasen von %2 Nächten mit und ohne %3, mit %n Auswaschnacht vor jedem Wechsel, die Reihenfolge in jedem Paar zufällig gezogen; Nächte vom %4 bis %5.</numerusform>
            <numerusform>%1 Paare aus Phasen von %2 Nächten mit und ohne %3, mit %n Auswaschnächten vor jedem Wechsel, die Reihenfolge in jedem Paar zufällig gezogen; Nächte vom %4 bis %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pairs of %2-night periods on and off %3, the order within each pair drawn at random; nights of %4 to %5.</source>
        <translation>%1 Paare aus Phasen von %2 Nächten mit und ohne %3, die Reihenfolge in jedem Paar zufällig gezogen; Nächte vom %4 bis %5.</translation>
    </message>
    <message>
        <source>Judged by: %1.</source>
        <translation>Beurteilt nach: %1.</translation>
    </message>
    <message>
        <source>Smallest p-value this design can reach: %1.</source>
        <translation>Kleinster p-Wert, den dieser Plan erreichen kann: %1.</translation>
    </message>
    <message>
        <source>Stopped early after the night of %1.</source>
        <translation>Vorzeitig beendet nach der Nacht vom %1.</translation>
    </message>
    <message>
        <source>Difference, on − off (%1)</source>
        <comment>its unit</comment>
        <translation>Unterschied, mit − ohne (%1)</translation>
    </message>
    <message>
        <source>Difference, on − off</source>
        <translation>Unterschied, mit − ohne</translation>
    </message>
    <message>
        <source>Nights logged on / off</source>
        <translation>Eingetragene Nächte mit / ohne</translation>
    </message>
    <message>
        <source>Nights that followed the plan</source>
        <translation>Nächte nach Plan</translation>
    </message>
    <message>
        <source>95% interval (over the pairs)</source>
        <translation>95-%-Bereich (über die Paare)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an interval</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Randomisation p-value</source>
        <translation>Randomisierungs-p-Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Nights count in the period the schedule gave them, whatever was taken, so a plan not followed shows a smaller, less certain difference. The p-value is exact over the orders the design allowed.</source>
        <translation>Nächte zählen in der Phase, die der Plan ihnen gab, egal was genommen wurde; ein nicht eingehaltener Plan zeigt daher einen kleineren, unsichereren Unterschied. Der p-Wert ist exakt über alle Reihenfolgen, die der Plan zuließ.</translation>
    </message>
    <message>
        <source>%1 %2 (woke)</source>
        <comment>a symptom, its severity, and that it woke the person</comment>
        <translation>%1 %2 (geweckt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a symptom and its severity</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Bed: into bed. Woke: final awakening. Sleep: total sleep (hours:minutes). Eff.: sleep efficiency. Qual.: sleep quality 1–5 (5 very good). Legs: leg discomfort 0–10. Symptoms: kind and severity 0–10, (woke) when it woke the person. Before bed: what was used or met before going to bed.</source>
        <translation>Bett: ins Bett gegangen. Wach: endgültiges Aufwachen. Schlaf: Schlafdauer (Stunden:Minuten). Eff.: Schlafeffizienz. Qual.: Schlafqualität 1–5 (5 sehr gut). Beine: Beinbeschwerden 0–10. Symptome: Art und Stärke 0–10, (geweckt), wenn es die Person geweckt hat. Vor dem Schlafen: was vor dem Zubettgehen angewendet wurde oder vorkam.</translation>
    </message>
    <message>
        <source>No nights were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>Woke</source>
        <translation>Wach</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Eff.</source>
        <translation>Eff.</translation>
    </message>
    <message>
        <source>Qual.</source>
        <translation>Qual.</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
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
        <translation>Für diesen Besuch</translation>
    </message>
    <message>
        <source>No appointment is planned in the journal. Questions to ask:</source>
        <translation>Im Tagebuch ist kein Termin geplant. Fragen, die Sie stellen möchten:</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Anlass: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen möchten</translation>
    </message>
    <message>
        <source>None written down yet.</source>
        <translation>Noch nichts notiert.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Letzter Besuch: %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>Treatment or test</source>
        <translation>Behandlung oder Untersuchung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Nachsorge</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>Write down during the visit</source>
        <translation>Während des Besuchs notieren</translation>
    </message>
    <message>
        <source>Urgent: care the same day</source>
        <translation>Dringend: noch am selben Tag ärztlich abklären</translation>
    </message>
    <message>
        <source>Soon: worth telling the doctor</source>
        <translation>Bald: der Ärztin oder dem Arzt erzählen</translation>
    </message>
    <message>
        <source>Worth raising at this visit</source>
        <translation>Bei diesem Besuch ansprechen</translation>
    </message>
    <message>
        <source>Warning signs in what was logged, from the background guidance on leg symptoms. They are prompts to ask about, not diagnoses; the date is the first night of each episode.</source>
        <translation>Warnzeichen in den Einträgen, nach den Hintergrundinformationen zu Beinbeschwerden. Sie sind Anlass zum Nachfragen, keine Diagnosen; das Datum ist die erste Nacht jeder Episode.</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>Erste Nacht</translation>
    </message>
    <message>
        <source>What was logged</source>
        <translation>Was eingetragen wurde</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Erhaltene Ratschläge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 &amp;Help</source>
        <translation>%1-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>Columns of {0}</source>
        <translation>Spalten von {0}</translation>
    </message>
    <message>
        <source>Got into bed</source>
        <translation>Ins Bett gegangen</translation>
    </message>
    <message>
        <source>Got out of bed</source>
        <translation>Aufgestanden</translation>
    </message>
    <message>
        <source>Woke up for good</source>
        <translation>Endgültig aufgewacht</translation>
    </message>
    <message>
        <source>Date of the night</source>
        <translation>Datum der Nacht</translation>
    </message>
    <message>
        <source>Lights out</source>
        <translation>Licht aus</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date (QLocale&apos;s pattern): Sun 23 Aug 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date in a table (QLocale&apos;s pattern): Sun 23 Aug</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in a period (QLocale&apos;s pattern): 23 Aug 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a period&apos;s first day in the same year: 23 Aug</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>a clock time (QLocale&apos;s pattern)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes: 6 h 42 min</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>a change in percentage points</comment>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>Sleep quality (1 very poor – 5 very good)</source>
        <translation>Schlafqualität (1 sehr schlecht – 5 sehr gut)</translation>
    </message>
    <message>
        <source>Leg discomfort (0 none – 10 worst)</source>
        <translation>Beinbeschwerden (0 keine – 10 schlimmste)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>%1 %2, better</source>
        <comment>a change: ↑ 12 min, better</comment>
        <translation>%1 %2, besser</translation>
    </message>
    <message>
        <source>%1 %2, worse</source>
        <comment>a change: ↓ 12 min, worse</comment>
        <translation>%1 %2, schlechter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its unit: 300 mg</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RLS urge</source>
        <translation>RLS-Bewegungsdrang</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Zucken</translation>
    </message>
    <message>
        <source>Kicks</source>
        <translation>Zucken</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Muskelkater</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a symptom</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Times woken</source>
        <translation>Wie oft aufgewacht</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>How rested (1–5)</source>
        <translation>Wie erholt (1–5)</translation>
    </message>
    <message>
        <source>Legs (0–10)</source>
        <translation>Beine (0–10)</translation>
    </message>
    <message>
        <source>Which column holds what? A night needs the time you got into bed, and the time you got up or woke. Clock times need the night&apos;s date. Quiet Legs remembers your choices for files with these columns.</source>
        <translation>Welche Spalte enthält was? Eine Nacht braucht die Zeit, zu der Sie ins Bett gingen, und die Zeit, zu der Sie aufstanden oder aufwachten. Uhrzeiten brauchen das Datum der Nacht. Quiet Legs merkt sich Ihre Wahl für Dateien mit diesen Spalten.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>As the file shows (2026-03-31, 31/03/2026)</source>
        <translation>Wie in der Datei (2026-03-31, 31/03/2026)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Habits from {0}</source>
        <translation>Gewohnheiten aus {0}</translation>
    </message>
    <message>
        <source>Which intervention is each habit? Only the days you checked a habit are imported, on that day&apos;s evening. Quiet Legs remembers your choices.</source>
        <translation>Welche Maßnahme ist welche Gewohnheit? Nur die Tage, an denen Sie eine Gewohnheit abgehakt haben, werden importiert, jeweils für den Abend dieses Tages. Quiet Legs merkt sich Ihre Wahl.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Kind for the habit {0}</source>
        <translation>Art für die Gewohnheit {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Import from {0}</source>
        <translation>Import aus {0}</translation>
    </message>
    <message>
        <source>{0} holds a Quiet Legs journal.</source>
        <translation>{0} enthält ein Quiet-Legs-Tagebuch.</translation>
    </message>
    <message>
        <source>{0} is a CSV file of nights.</source>
        <translation>{0} ist eine CSV-Datei mit Nächten.</translation>
    </message>
    <message>
        <source>{0} is a {1} export.</source>
        <translation>{0} ist ein Export von {1}.</translation>
    </message>
    <message>
        <source>This cannot be imported, and your journal stays as it is: {0}</source>
        <translation>Das lässt sich nicht importieren, und Ihr Tagebuch bleibt, wie es ist: {0}</translation>
    </message>
    <message>
        <source>Your journal is backed up first. A record already in your journal is replaced by the file&apos;s version; nothing else in your journal changes.</source>
        <translation>Ihr Tagebuch wird vorher gesichert. Ein Eintrag, der schon in Ihrem Tagebuch steht, wird durch die Fassung aus der Datei ersetzt; sonst ändert sich nichts in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>Your journal is backed up first. Nights you already logged are never changed.</source>
        <translation>Ihr Tagebuch wird vorher gesichert. Nächte, die Sie schon eingetragen haben, werden nie verändert.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your journal stays as it is.</source>
        <translation>Es gibt nichts Neues zu importieren: Ihr Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>naps or day sleeps</source>
        <translation>Nickerchen oder Tagschlaf</translation>
    </message>
    <message>
        <source>the same record more than once in the export</source>
        <translation>derselbe Eintrag mehrfach im Export</translation>
    </message>
    <message>
        <source>not plausible as a night</source>
        <translation>als Nacht nicht plausibel</translation>
    </message>
    <message>
        <source>overlapping another night of the export</source>
        <translation>überschneiden sich mit einer anderen Nacht des Exports</translation>
    </message>
    <message>
        <source>already imported before, unchanged</source>
        <translation>schon früher importiert, unverändert</translation>
    </message>
    <message>
        <source>nights already in your journal (kept as they are)</source>
        <translation>Nächte, die schon in Ihrem Tagebuch stehen (bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>overlapping a night already in your journal</source>
        <translation>überschneiden sich mit einer Nacht, die schon in Ihrem Tagebuch steht</translation>
    </message>
    <message>
        <source>checks of habits you chose not to import</source>
        <translation>abgehakte Gewohnheiten, die Sie nicht importieren wollten</translation>
    </message>
    <message>
        <source>days the app only guessed from a habit&apos;s frequency (not checked)</source>
        <translation>Tage, die die App nur aus der Häufigkeit einer Gewohnheit geschätzt hat (nicht abgehakt)</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>Es wird nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) will be added.</source>
        <translation>
            <numerusform>%n Nacht wird hinzugefügt.</numerusform>
            <numerusform>%n Nächte werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) will be added.</source>
        <translation>
            <numerusform>%n Maßnahme wird hinzugefügt.</numerusform>
            <numerusform>%n Maßnahmen werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of nights recorded in pieces will be joined into their nights.</source>
        <translation>
            <numerusform>%n Teil einer in Stücken aufgezeichneten Nacht wird mit seiner Nacht zusammengeführt.</numerusform>
            <numerusform>%n Teile von in Stücken aufgezeichneten Nächten werden mit ihren Nächten zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) will be added.</source>
        <translation>
            <numerusform>%n Symptom wird hinzugefügt.</numerusform>
            <numerusform>%n Symptome werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) will be added.</source>
        <translation>
            <numerusform>%n Termin wird hinzugefügt.</numerusform>
            <numerusform>%n Termine werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kind(s) will be added.</source>
        <translation>
            <numerusform>%n neue Art wird hinzugefügt.</numerusform>
            <numerusform>%n neue Arten werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n Nacht, die schon in Ihrem Tagebuch steht, wird ersetzt.</numerusform>
            <numerusform>%n Nächte, die schon in Ihrem Tagebuch stehen, werden ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n Symptom, das schon in Ihrem Tagebuch steht, wird ersetzt.</numerusform>
            <numerusform>%n Symptome, die schon in Ihrem Tagebuch stehen, werden ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n Maßnahme, die schon in Ihrem Tagebuch steht, wird ersetzt.</numerusform>
            <numerusform>%n Maßnahmen, die schon in Ihrem Tagebuch stehen, werden ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n Termin, der schon in Ihrem Tagebuch steht, wird ersetzt.</numerusform>
            <numerusform>%n Termine, die schon in Ihrem Tagebuch stehen, werden ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No night will be added.</source>
        <translation>Es wird keine Nacht hinzugefügt.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation>• {0}: {1}</translation>
    </message>
    <message>
        <source> (e.g. {0})</source>
        <translation> (z. B. {0})</translation>
    </message>
    <message>
        <source>Nothing new will be added.</source>
        <translation>Es wird nichts Neues hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>

Not in the CSV files: {0}. File → Export… as JSON keeps them.</source>
        <translation>

Nicht in den CSV-Dateien: {0}. Datei → Exportieren… als JSON behält sie.</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} und {2}</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the nights in a Quiet Legs JSON file, in CSV files (.csv or .zip), or in an export of Sleep as Android, Fitbit or Loop Habit Tracker, to your journal</source>
        <translation>Die Nächte aus einer Quiet-Legs-JSON-Datei, aus CSV-Dateien (.csv oder .zip) oder aus einem Export von Sleep as Android, Fitbit oder Loop Habit Tracker in Ihr Tagebuch übernehmen</translation>
    </message>
    <message>
        <source>Import a CSV &amp;Folder…</source>
        <translation>Einen CSV-&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Add the nights in a folder of CSV files (nights.csv, symptoms.csv, …), or in an unpacked Fitbit or Loop Habit Tracker export, to your journal</source>
        <translation>Die Nächte aus einem Ordner mit CSV-Dateien (nights.csv, symptoms.csv, …) oder aus einem entpackten Fitbit- oder Loop-Habit-Tracker-Export in Ihr Tagebuch übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the whole journal as one file that Quiet Legs can import again</source>
        <translation>Das ganze Tagebuch als eine Datei speichern, die Quiet Legs wieder importieren kann</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheets (CSV)…</source>
        <translation>Für &amp;Tabellenkalkulation exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save the journal as four CSV files in a new folder, for a spreadsheet</source>
        <translation>Das Tagebuch als vier CSV-Dateien in einem neuen Ordner speichern, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Your journal is unchanged. Choose a Quiet Legs .json file, CSV files, another app&apos;s export, or a folder of them.</source>
        <translation>Ihr Tagebuch ist unverändert. Wählen Sie eine Quiet-Legs-.json-Datei, CSV-Dateien, den Export einer anderen App oder einen Ordner davon.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>Your journal failed its check, so nothing was written into it.</source>
        <translation>Ihr Tagebuch hat die Prüfung nicht bestanden, daher wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>Imported {0} from {1}.</source>
        <translation>{0} aus {1} importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The first ones:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden. Die ersten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details… lists them all).</source>
        <translation>
            <numerusform>… und %n weiteres (Details anzeigen… listet alle auf).</numerusform>
            <numerusform>… und %n weitere (Details anzeigen… listet alle auf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned experiment(s)</source>
        <translation>
            <numerusform>%n geplantes Experiment</numerusform>
            <numerusform>%n geplante Experimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n Symptom</numerusform>
            <numerusform>%n Symptome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal now holds %n night(s).</source>
        <translation>
            <numerusform>Ihr Tagebuch enthält jetzt %n Nacht.</numerusform>
            <numerusform>Ihr Tagebuch enthält jetzt %n Nächte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal as it was before is kept as a backup (File → Settings…).</source>
        <translation>Ihr Tagebuch im vorherigen Stand ist als Sicherung aufbewahrt (Datei → Einstellungen…).</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>the folder {0}</source>
        <translation>der Ordner {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}, and your journal is unchanged.</source>
        <translation>Aus {0} wurde nichts importiert, und Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Correct this in the CSV files, then import the folder again.</source>
        <translation>Korrigieren Sie das in den CSV-Dateien und importieren Sie den Ordner dann erneut.</translation>
    </message>
    <message>
        <source>Correct this in the file, then import it again.</source>
        <translation>Korrigieren Sie das in der Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>{0} wird gespeichert…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>{0} in {1} gespeichert.</translation>
    </message>
    <message>
        <source>In {0}

It holds your whole journal; File → Import… reads it back. It holds health data, so keep it somewhere private.</source>
        <translation>In {0}

Sie enthält Ihr ganzes Tagebuch; Datei → Importieren… liest sie wieder ein. Sie enthält Gesundheitsdaten, bewahren Sie sie also privat auf.</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>Ihr Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>Saving the CSV files…</source>
        <translation>Die CSV-Dateien werden gespeichert…</translation>
    </message>
    <message>
        <source>Saved {0} as CSV files in the new folder {1}.</source>
        <translation>{0} als CSV-Dateien im neuen Ordner {1} gespeichert.</translation>
    </message>
    <message>
        <source>In {0}

nights.csv, symptoms.csv, interventions.csv and kinds.csv open in any spreadsheet. They hold health data, so keep them somewhere private.</source>
        <translation>In {0}

nights.csv, symptoms.csv, interventions.csv und kinds.csv lassen sich in jeder Tabellenkalkulation öffnen. Sie enthalten Gesundheitsdaten, bewahren Sie sie also privat auf.</translation>
    </message>
    <message>
        <source>Adding the nights from {0}…</source>
        <translation>Die Nächte aus {0} werden übernommen…</translation>
    </message>
    <message>
        <source>Log the night of {0}</source>
        <translation>Die Nacht vom {0} eintragen</translation>
    </message>
    <message>
        <source>Edit the night of {0}</source>
        <translation>Die Nacht vom {0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the night of {0}</source>
        <translation>Die Nacht vom {0} löschen</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Ein Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Edit a symptom</source>
        <translation>Ein Symptom bearbeiten</translation>
    </message>
    <message>
        <source>Delete a symptom</source>
        <translation>Ein Symptom löschen</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Eine Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit an intervention</source>
        <translation>Eine Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Delete an intervention</source>
        <translation>Eine Maßnahme löschen</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <source>Add the appointment of {0}</source>
        <translation>Den Termin vom {0} hinzufügen</translation>
    </message>
    <message>
        <source>Edit the appointment of {0}</source>
        <translation>Den Termin vom {0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the appointment of {0}</source>
        <translation>Den Termin vom {0} löschen</translation>
    </message>
    <message>
        <source>Add the milestone of {0}</source>
        <translation>Den Meilenstein vom {0} hinzufügen</translation>
    </message>
    <message>
        <source>Edit the milestone of {0}</source>
        <translation>Den Meilenstein vom {0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the milestone of {0}</source>
        <translation>Den Meilenstein vom {0} löschen</translation>
    </message>
    <message>
        <source>Add a regimen</source>
        <translation>Einen Einnahmeplan hinzufügen</translation>
    </message>
    <message>
        <source>Correct a regimen</source>
        <translation>Einen Einnahmeplan korrigieren</translation>
    </message>
    <message>
        <source>Change a regimen from {0}</source>
        <translation>Einen Einnahmeplan ab {0} ändern</translation>
    </message>
    <message>
        <source>End a regimen</source>
        <translation>Einen Einnahmeplan beenden</translation>
    </message>
    <message>
        <source>Delete a regimen</source>
        <translation>Einen Einnahmeplan löschen</translation>
    </message>
    <message>
        <source>Log the regimen of {0}</source>
        <translation>Den Einnahmeplan vom {0} eintragen</translation>
    </message>
    <message>
        <source>Skip a dose on {0}</source>
        <translation>Eine Einnahme am {0} auslassen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Notes from the visit written down</source>
        <translation>Notizen vom Besuch festgehalten</translation>
    </message>
    <message>
        <source>Nothing written down after it yet</source>
        <translation>Danach noch nichts notiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Übliche Menge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>%1, woke me</source>
        <translation>%1, hat mich geweckt</translation>
    </message>
    <message>
        <source>eased by %1</source>
        <translation>gelindert durch %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>eased</source>
        <translation>gelindert</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>Im Bett</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>What you do, take or meet: the kinds you can log as interventions.</source>
        <translation>Was Sie tun, nehmen oder erleben: die Arten, die Sie als Maßnahmen eintragen können.</translation>
    </message>
    <message>
        <source>Show &amp;hidden kinds</source>
        <translation>&amp;Ausgeblendete Arten zeigen</translation>
    </message>
    <message>
        <source>&amp;New kind</source>
        <translation>&amp;Neue Art</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Delete kind</source>
        <translation>Art löschen</translation>
    </message>
    <message>
        <source>optional, e.g. 300</source>
        <translation>optional, z. B. 300</translation>
    </message>
    <message>
        <source>optional, e.g. mg</source>
        <translation>optional, z. B. mg</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Usual &amp;amount</source>
        <translation>Übliche &amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Acts s&amp;lowly (judge it over weeks)</source>
        <translation>Wirkt &amp;langsam (über Wochen beurteilen)</translation>
    </message>
    <message>
        <source>For remedies that build up over weeks, like iron or many medications. Insights then also compares nights by how often you took it over the last four weeks, not only by whether you took it that evening.</source>
        <translation>Für Maßnahmen, die über Wochen wirken, wie Eisen oder viele Medikamente. Die Erkenntnisse vergleichen Nächte dann auch danach, wie oft Sie es in den letzten vier Wochen genommen haben, nicht nur, ob Sie es an jenem Abend genommen haben.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xperiment…</source>
        <translation>E&amp;xperiment…</translation>
    </message>
    <message>
        <source>Plan a page-experiment: nights on and off this kind, in random order</source>
        <translation>Ein Experiment planen: Nächte mit und ohne diese Art, in zufälliger Reihenfolge</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Stattdessen ausblenden</translation>
    </message>
    <message>
        <source>Last 30 nights</source>
        <translation>Letzte 30 Nächte</translation>
    </message>
    <message>
        <source>Last 90 nights</source>
        <translation>Letzte 90 Nächte</translation>
    </message>
    <message>
        <source>Last 365 nights</source>
        <translation>Letzte 365 Nächte</translation>
    </message>
    <message>
        <source>All nights</source>
        <translation>Alle Nächte</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart on show as PNG or SVG (Ctrl+E)</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG speichern (Strg+E)</translation>
    </message>
    <message>
        <source>A better night means</source>
        <translation>Eine bessere Nacht heißt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Wirkungen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Time of night</source>
        <translation>Zeit der Nacht</translation>
    </message>
    <message>
        <source>Where on the legs</source>
        <translation>Wo an den Beinen</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Linderung</translation>
    </message>
    <message>
        <source>Chart: {0}</source>
        <translation>Diagramm: {0}</translation>
    </message>
    <message>
        <source>Hover a night on the timeline for its details; click it to open it in the journal. By keyboard: Tab to the chart, ← → to step through the nights, Enter to open one.</source>
        <translation>Zeigen Sie auf eine Nacht im Zeitverlauf, um Einzelheiten zu sehen; ein Klick öffnet sie im Tagebuch. Mit der Tastatur: Tab zum Diagramm, ← → durch die Nächte, Eingabe öffnet eine.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Test this properly…</source>
        <translation>Das richtig testen…</translation>
    </message>
    <message>
        <source>Plan a page-experiment on the selected finding: nights on and off it, in random order, judged by the outcome chosen above</source>
        <translation>Ein Experiment zur gewählten Erkenntnis planen: Nächte mit und ohne, in zufälliger Reihenfolge, beurteilt nach der oben gewählten Messgröße</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Here you will see which of the things you try before bed — stretching, magnesium, a warm soak, anything in your catalog — line up with better nights, and charts of your sleep and your legs over time.&lt;br&gt;&lt;br&gt;It needs nights to work with: &lt;a href=&quot;page:today&quot;&gt;log last night on the Today page&lt;/a&gt; (Ctrl+1), with what you did that evening. The first comparisons appear after two or three weeks.</source>
        <translation>Hier sehen Sie, welche Ihrer Maßnahmen vor dem Schlafen — Dehnen, Magnesium, ein warmes Fußbad, alles aus Ihrem Katalog — mit besseren Nächten zusammenfallen, und Diagramme Ihres Schlafs und Ihrer Beine über die Zeit.&lt;br&gt;&lt;br&gt;Dafür braucht es Nächte: &lt;a href=&quot;page:today&quot;&gt;tragen Sie die letzte Nacht auf der Seite „Heute“ ein&lt;/a&gt; (Strg+1), mit dem, was Sie an dem Abend getan haben. Die ersten Vergleiche erscheinen nach zwei bis drei Wochen.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>C&amp;olour by</source>
        <translation>&amp;Färben nach</translation>
    </message>
    <message>
        <source>Search nights, notes, habits</source>
        <translation>Nächte, Notizen, Gewohnheiten durchsuchen</translation>
    </message>
    <message>
        <source>Search nights, notes, habits  (Ctrl+F)</source>
        <translation>Nächte, Notizen, Gewohnheiten durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search nights</source>
        <translation>Nächte durchsuchen</translation>
    </message>
    <message>
        <source>Delete night</source>
        <translation>Nacht löschen</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>Symptom löschen</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No nights logged yet</source>
        <translation>Noch keine Nächte eingetragen</translation>
    </message>
    <message>
        <source>Your nights will be listed here, newest first, with a month calendar beside them; open one to see its diary, its symptoms and what you did before bed.&lt;br&gt;&lt;br&gt;To begin, &lt;a href=&quot;page:today&quot;&gt;log last night on the Today page&lt;/a&gt; (Ctrl+1). It takes about a minute.&lt;br&gt;&lt;br&gt;Kept a journal before? &lt;a href=&quot;action:import&quot;&gt;Import it&lt;/a&gt; with File → Import… (Ctrl+Shift+I).</source>
        <translation>Hier erscheinen Ihre Nächte, die neueste zuerst, mit einem Monatskalender daneben; öffnen Sie eine, um ihren Eintrag, ihre Symptome und das, was Sie vor dem Schlafen getan haben, zu sehen.&lt;br&gt;&lt;br&gt;Zum Anfangen &lt;a href=&quot;page:today&quot;&gt;tragen Sie die letzte Nacht auf der Seite „Heute“ ein&lt;/a&gt; (Strg+1). Das dauert etwa eine Minute.&lt;br&gt;&lt;br&gt;Schon einmal ein Tagebuch geführt? &lt;a href=&quot;action:import&quot;&gt;Importieren Sie es&lt;/a&gt; mit Datei → Importieren… (Strg+Umschalt+I).</translation>
    </message>
    <message>
        <source>Reading your nights…</source>
        <translation>Ihre Nächte werden gelesen…</translation>
    </message>
    <message>
        <source>Welcome! Start with last night: the times below are a first guess, so change what differs and press Enter to save.</source>
        <translation>Willkommen! Beginnen Sie mit der letzten Nacht: Die Zeiten unten sind eine erste Schätzung; ändern Sie, was abweicht, und drücken Sie Eingabe zum Speichern.</translation>
    </message>
    <message>
        <source>Previous night (Alt+Left)</source>
        <translation>Vorige Nacht (Alt+Links)</translation>
    </message>
    <message>
        <source>Next night (Alt+Right)</source>
        <translation>Nächste Nacht (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Previous night</source>
        <translation>Vorige Nacht</translation>
    </message>
    <message>
        <source>Next night</source>
        <translation>Nächste Nacht</translation>
    </message>
    <message>
        <source>The night that began on the evening of this date</source>
        <translation>Die Nacht, die am Abend dieses Datums begann</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <source>Add symptom…</source>
        <translation>Symptom hinzufügen…</translation>
    </message>
    <message>
        <source>No symptoms logged for this night.</source>
        <translation>Für diese Nacht sind keine Symptome eingetragen.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing logged yet: magnesium, stretching, heat…</source>
        <translation>Noch nichts eingetragen: Magnesium, Dehnen, Wärme…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Choose the nights and print the report for an appointment, or save it as PDF</source>
        <translation>Die Nächte wählen und den Bericht für einen Termin drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>This journal is from a newer Quiet Legs</source>
        <translation>Dieses Tagebuch stammt von einem neueren Quiet Legs</translation>
    </message>
    <message>
        <source>Quiet Legs cannot open the journal</source>
        <translation>Quiet Legs kann das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Quiet Legs set aside {0} it cannot use (a date outside {1}–{2}, an impossible amount or broken text), so that the rest of your journal works.</source>
        <translation>Quiet Legs hat {0} beiseitegelegt, die es nicht verwenden kann (ein Datum außerhalb {1}–{2}, eine unmögliche Menge oder beschädigter Text), damit der Rest Ihres Tagebuchs funktioniert.</translation>
    </message>
    <message>
        <source>They are kept in {0} in {1}. To have them back, fix the dates in that file and import it again (File → Import…). A backup from before this is in the backups folder.</source>
        <translation>Sie liegen in {0} in {1}. Um sie zurückzubekommen, korrigieren Sie die Daten in dieser Datei und importieren Sie sie erneut (Datei → Importieren…). Eine Sicherung von vorher liegt im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Some records were set aside</source>
        <translation>Einige Einträge wurden beiseitegelegt</translation>
    </message>
    <message>
        <source>Your journal needs attention</source>
        <translation>Ihr Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Quiet Legs found a problem with your journal file and did not open it, so nothing more can happen to it.</source>
        <translation>Quiet Legs hat ein Problem mit Ihrer Tagebuchdatei gefunden und sie nicht geöffnet, damit ihr nichts weiter passieren kann.</translation>
    </message>
    <message>
        <source>The journal file is empty (0 bytes). Quiet Legs never leaves its journal empty, so a copy, a sync tool or a start that stopped at once made it so. If you did not just create it, a backup you keep elsewhere may hold your journal.</source>
        <translation>Die Tagebuchdatei ist leer (0 Bytes). Quiet Legs lässt sein Tagebuch nie leer; eine Kopie, ein Synchronisierungsprogramm oder ein sofort abgebrochener Start hat das verursacht. Wenn Sie es nicht gerade erst angelegt haben, enthält vielleicht eine Sicherung, die Sie anderswo aufbewahren, Ihr Tagebuch.</translation>
    </message>
    <message>
        <source>The journal file is not there, though there are backups of it: a sync tool or a copy may have removed it.</source>
        <translation>Die Tagebuchdatei fehlt, obwohl es Sicherungen davon gibt: Ein Synchronisierungsprogramm oder eine Kopie hat sie vielleicht entfernt.</translation>
    </message>
    <message>
        <source>The journal&apos;s record of which version made it does not match the tables it holds (a copy or an update that mixed two versions), so it cannot be updated safely.</source>
        <translation>Die im Tagebuch vermerkte Version passt nicht zu den Tabellen, die es enthält (eine Kopie oder ein Update, das zwei Versionen vermischt hat), daher kann es nicht sicher aktualisiert werden.</translation>
    </message>
    <message>
        <source>Part of the file cannot be read as it should. This happens after a disk problem, a copy that did not finish, or a file left over from another copy of the journal.</source>
        <translation>Ein Teil der Datei lässt sich nicht richtig lesen. Das passiert nach einem Festplattenproblem, einer abgebrochenen Kopie oder durch eine übrig gebliebene Datei einer anderen Kopie des Tagebuchs.</translation>
    </message>
    <message>
        <source>The empty file will be kept beside the journal, renamed to end in “.damaged”. Nothing is deleted.</source>
        <translation>Die leere Datei bleibt neben dem Tagebuch liegen, umbenannt mit der Endung „.damaged“. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>The damaged file will be kept beside the journal, renamed to end in “.damaged”. Nothing is deleted.</source>
        <translation>Die beschädigte Datei bleibt neben dem Tagebuch liegen, umbenannt mit der Endung „.damaged“. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>What the check found: {0}</source>
        <translation>Was die Prüfung gefunden hat: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {0} and holds %n night(s). Restore it and carry on?</source>
        <translation>
            <numerusform>Die neueste gute Sicherung ist vom {0} und enthält %n Nacht. Wiederherstellen und weitermachen?</numerusform>
            <numerusform>Die neueste gute Sicherung ist vom {0} und enthält %n Nächte. Wiederherstellen und weitermachen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup from {0} is now your journal (%n night(s)).</source>
        <translation>
            <numerusform>Die Sicherung vom {0} ist jetzt Ihr Tagebuch (%n Nacht).</numerusform>
            <numerusform>Die Sicherung vom {0} ist jetzt Ihr Tagebuch (%n Nächte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Die Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start a new, empty journal.</source>
        <translation>Es gibt keine gute Sicherung zum Wiederherstellen. Sie können ein neues, leeres Tagebuch beginnen.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start a new, empty journal; the damaged file stays beside it for someone to rescue.</source>
        <translation>Es gibt keine gute Sicherung zum Wiederherstellen. Sie können ein neues, leeres Tagebuch beginnen; die beschädigte Datei bleibt daneben liegen, damit jemand sie retten kann.</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Ein leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Beenden, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Das hat nicht geklappt: {0}</translation>
    </message>
    <message>
        <source>Nothing was deleted; the damaged file is beside the journal.</source>
        <translation>Nichts wurde gelöscht; die beschädigte Datei liegt neben dem Tagebuch.</translation>
    </message>
    <message>
        <source>A new, empty journal was started.</source>
        <translation>Ein neues, leeres Tagebuch wurde angelegt.</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Ihr Tagebuch ist bereit</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0} in {1}.</source>
        <translation>Die beschädigte Datei wurde als {0} in {1} aufbewahrt.</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Zubettgehen</translation>
    </message>
    <message>
        <source>Minutes awake</source>
        <translation>Minuten wach</translation>
    </message>
    <message>
        <source>Final awakening</source>
        <translation>Endgültiges Aufwachen</translation>
    </message>
    <message>
        <source>Getting up</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Feeling rested</source>
        <translation>Erholt gefühlt</translation>
    </message>
    <message>
        <source>Leg discomfort</source>
        <translation>Beinbeschwerden</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was Sie sich merken möchten</translation>
    </message>
    <message>
        <source>Going to bed</source>
        <translation>Zubettgehen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Zeit im Bett</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Save night</source>
        <translation>Nacht speichern</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Eingabe oder Strg+S</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Worse (%1 %2)</source>
        <translation>Schlechter (%1 %2)</translation>
    </message>
    <message>
        <source>Better (%1 %2)</source>
        <translation>Besser (%1 %2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Meilensteine…</translation>
    </message>
    <message>
        <source>&amp;Regimens…</source>
        <translation>&amp;Einnahmepläne…</translation>
    </message>
    <message>
        <source>R&amp;eminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>beim Zubettgehen</translation>
    </message>
    <message numerus="yes">
        <source>%n h before bed</source>
        <translation>
            <numerusform>%n Std. vor dem Schlafen</numerusform>
            <numerusform>%n Std. vor dem Schlafen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before bed</source>
        <translation>
            <numerusform>%n Min. vor dem Schlafen</numerusform>
            <numerusform>%n Min. vor dem Schlafen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>{0} {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>Sleep and legs report — %1, %2</source>
        <comment>the person, the period</comment>
        <translation>Bericht über Schlaf und Beine — %1, %2</translation>
    </message>
    <message>
        <source>Sleep and legs report, %1</source>
        <comment>the period</comment>
        <translation>Bericht über Schlaf und Beine, %1</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for the report.</source>
        <translation>Der Drucker oder die Datei konnte für den Bericht nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
        <source>Sleep and legs report</source>
        <translation>Bericht über Schlaf und Beine</translation>
    </message>
    <message>
        <source>Sleep and legs report · nights of %1</source>
        <translation>Bericht über Schlaf und Beine · Nächte vom %1</translation>
    </message>
    <message>
        <source>nights of %1</source>
        <translation>Nächte vom %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Quiet Legs %2</source>
        <translation>Erstellt am %1 von Quiet Legs %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No night in this period has a value for it.</source>
        <translation>Keine Nacht in diesem Zeitraum hat dafür einen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged; average {0}, best {1} on {2}, worst {3} on {4}.</source>
        <translation>
            <numerusform>%n Nacht eingetragen; Durchschnitt {0}, am besten {1} am {2}, am schlechtesten {3} am {4}.</numerusform>
            <numerusform>%n Nächte eingetragen; Durchschnitt {0}, am besten {1} am {2}, am schlechtesten {3} am {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>In diesem Zeitraum sind keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <comment>a period: from – to</comment>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>{0} night by night, {1}: {2}</source>
        <translation>{0} Nacht für Nacht, {1}: {2}</translation>
    </message>
    <message>
        <source>A calendar of {0}, one square a night, {1}: {2}</source>
        <translation>Ein Kalender von {0}, ein Feld pro Nacht, {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <source>How each thing you tried lines up with {0}, {1}: %n finding(s), said in words in the list beside the chart.</source>
        <translation>
            <numerusform>Wie jede Ihrer Maßnahmen mit {0} zusammenfällt, {1}: %n Erkenntnis, in Worten in der Liste neben dem Diagramm.</numerusform>
            <numerusform>Wie jede Ihrer Maßnahmen mit {0} zusammenfällt, {1}: %n Erkenntnisse, in Worten in der Liste neben dem Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <source>When in the night symptoms started, {0}: none logged.</source>
        <translation>Wann in der Nacht Symptome begannen, {0}: keine eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>When in the night symptoms started, {0}: %n symptom(s), most often between {1}:00 and {2}:00.</source>
        <translation>
            <numerusform>Wann in der Nacht Symptome begannen, {0}: %n Symptom, meist zwischen {1} und {2} Uhr.</numerusform>
            <numerusform>Wann in der Nacht Symptome begannen, {0}: %n Symptome, meist zwischen {1} und {2} Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where on the legs symptoms were felt, {0}: no places logged.</source>
        <translation>Wo an den Beinen Symptome auftraten, {0}: keine Stellen eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Where on the legs symptoms were felt, {0}: most often {1} (%n time(s)).</source>
        <translation>
            <numerusform>Wo an den Beinen Symptome auftraten, {0}: am häufigsten {1} (%n-mal).</numerusform>
            <numerusform>Wo an den Beinen Symptome auftraten, {0}: am häufigsten {1} (%n-mal).</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>nichts genannt</translation>
    </message>
    <message>
        <source>Minutes to relief in the night, {0}: no eased symptoms logged.</source>
        <translation>Minuten bis zur Linderung in der Nacht, {0}: keine gelinderten Symptome eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes to relief in the night by what was used, {0}: %n symptom(s) eased; fastest on average {1}, {2} min.</source>
        <translation>
            <numerusform>Minuten bis zur Linderung in der Nacht nach Maßnahme, {0}: %n Symptom gelindert; im Schnitt am schnellsten {1}, {2} Min.</numerusform>
            <numerusform>Minuten bis zur Linderung in der Nacht nach Maßnahme, {0}: %n Symptome gelindert; im Schnitt am schnellsten {1}, {2} Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A private journal for your nights and your legs: restless legs, night cramps, aching or sore legs, and what you try for them.</source>
        <translation>Ein privates Tagebuch für Ihre Nächte und Ihre Beine: unruhige Beine, nächtliche Krämpfe, schmerzende Beine und was Sie dagegen versuchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiet Legs is a personal journal, not a medical device.&lt;/b&gt; It does not diagnose or treat anything. Talk to your doctor about your symptoms and before changing any treatment.</source>
        <translation>&lt;b&gt;Quiet Legs ist ein persönliches Tagebuch, kein Medizinprodukt.&lt;/b&gt; Es stellt keine Diagnosen und behandelt nichts. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Beschwerden und bevor Sie eine Behandlung ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Tagebuch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It stays on this computer: Quiet Legs never connects to the internet.</source>
        <translation>Es bleibt auf diesem Computer: Quiet Legs verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the journal and its backups</source>
        <translation>Den Ordner mit dem Tagebuch und seinen Sicherungen zeigen</translation>
    </message>
    <message>
        <source>Free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Sie kommt ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Der Ordner lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The folder could not be opened here. You will find it at:
%1</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden. Sie finden ihn unter:
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
        <translation>den allgemeinen Verlauf über die Zeit</translation>
    </message>
    <message>
        <source>weekend nights</source>
        <translation>Wochenendnächte</translation>
    </message>
    <message>
        <source>the season</source>
        <translation>die Jahreszeit</translation>
    </message>
    <message>
        <source>symptoms logged before bed</source>
        <translation>vor dem Schlafen eingetragene Symptome</translation>
    </message>
    <message>
        <source>what was used the night before</source>
        <translation>was in der Nacht davor angewendet wurde</translation>
    </message>
    <message>
        <source>weeks of use of slow-acting kinds</source>
        <translation>Wochen der Anwendung langsam wirkender Arten</translation>
    </message>
    <message>
        <source>the amount taken</source>
        <translation>die genommene Menge</translation>
    </message>
    <message>
        <source>too few nights</source>
        <translation>zu wenige Nächte</translation>
    </message>
    <message>
        <source>too few weekend or weekday nights</source>
        <translation>zu wenige Nächte am Wochenende oder unter der Woche</translation>
    </message>
    <message>
        <source>less than %1 days of nights</source>
        <translation>weniger als %1 Tage mit Nächten</translation>
    </message>
    <message>
        <source>logged on too few evenings</source>
        <translation>an zu wenigen Abenden eingetragen</translation>
    </message>
    <message>
        <source>fewer than %1 nights</source>
        <translation>weniger als %1 Nächte</translation>
    </message>
    <message>
        <source>Differences are adjusted for %1 and the other habits.</source>
        <translation>Die Unterschiede sind bereinigt um %1 und die anderen Gewohnheiten.</translation>
    </message>
    <message>
        <source>Differences are adjusted for the other habits.</source>
        <translation>Die Unterschiede sind um die anderen Gewohnheiten bereinigt.</translation>
    </message>
    <message>
        <source>Not adjusted for %1.</source>
        <translation>Nicht bereinigt um %1.</translation>
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
        <translation>Quiet Legs &amp;öffnen</translation>
    </message>
    <message>
        <source>Log &amp;last night…</source>
        <translation>&amp;Letzte Nacht eintragen…</translation>
    </message>
    <message>
        <source>Log this &amp;evening…</source>
        <translation>Diesen &amp;Abend eintragen…</translation>
    </message>
    <message>
        <source>&amp;Remind me in 30 minutes</source>
        <translation>In 30 Minuten &amp;erinnern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Neuer Termin</translation>
    </message>
    <message>
        <source>Start a new appointment (Ctrl+N)</source>
        <translation>Einen neuen Termin beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen appointment (Delete); Ctrl+Z brings it back</source>
        <translation>Den gewählten Termin löschen (Entf); Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Write your questions before a visit, and what was said after it. The report prints the questions of the next one.</source>
        <translation>Schreiben Sie vor einem Besuch Ihre Fragen auf und danach, was besprochen wurde. Der Bericht druckt die Fragen für den nächsten Besuch.</translation>
    </message>
    <message>
        <source>No appointments yet</source>
        <translation>Noch keine Termine</translation>
    </message>
    <message>
        <source>Before a visit to your doctor or physiotherapist, fill in the appointment form: the date, whom you are seeing and the questions you want to ask, then Save (Ctrl+S). It will be listed here, and afterwards you can write down what was said.</source>
        <translation>Füllen Sie vor einem Besuch bei Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie das Terminformular aus: das Datum, bei wem Sie sind, und die Fragen, die Sie stellen möchten; dann Speichern (Strg+S). Der Termin erscheint hier, und danach können Sie festhalten, was besprochen wurde.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>Zu einer festen Uhrzeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor (GP), physiotherapist</source>
        <translation>z. B. Dr. Okafor (Hausärztin), Physiotherapeut</translation>
    </message>
    <message>
        <source>Why you are going</source>
        <translation>Warum Sie hingehen</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>Anything else to mention</source>
        <translation>Was Sie sonst noch erwähnen möchten</translation>
    </message>
    <message>
        <source>A diagnosis, if one was given</source>
        <translation>Eine Diagnose, falls eine gestellt wurde</translation>
    </message>
    <message>
        <source>Name, dose, when to take it, side effects to watch for</source>
        <translation>Name, Dosis, Einnahmezeit, Nebenwirkungen, auf die zu achten ist</translation>
    </message>
    <message>
        <source>And why it was suggested</source>
        <translation>Und warum es empfohlen wurde</translation>
    </message>
    <message>
        <source>New instructions</source>
        <translation>Neue Anweisungen</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Nachsorge am</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Nachsorge</translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation>Vor dem Besuch</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Bei wem</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Anlass</translation>
    </message>
    <message>
        <source>&amp;Questions to ask</source>
        <translation>&amp;Fragen, die Sie stellen möchten</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Afterwards: what was said</source>
        <translation>Danach: was besprochen wurde</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>New &amp;medicine</source>
        <translation>Neues &amp;Medikament</translation>
    </message>
    <message>
        <source>&amp;Treatment or test</source>
        <translation>&amp;Behandlung oder Untersuchung</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Anweisungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this appointment (Ctrl+S)</source>
        <translation>Diesen Termin speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Treatment or test</source>
        <translation>Behandlung oder Untersuchung</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Gelöscht. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The journal could not be backed up just now ({0}). Your entries are saved; Quiet Legs will try again.</source>
        <translation>Das Tagebuch konnte gerade nicht gesichert werden ({0}). Ihre Einträge sind gespeichert; Quiet Legs versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>New kind</source>
        <translation>Neue Art</translation>
    </message>
    <message>
        <source>A medication, a habit, anything you want to log.</source>
        <translation>Ein Medikament, eine Gewohnheit, alles, was Sie eintragen möchten.</translation>
    </message>
    <message>
        <source>Built in: it can be renamed or hidden, not deleted.</source>
        <translation>Eingebaut: kann umbenannt oder ausgeblendet, aber nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>One of yours.</source>
        <translation>Eine von Ihren.</translation>
    </message>
    <message>
        <source>Hidden: not offered when logging.</source>
        <translation>Ausgeblendet: wird beim Eintragen nicht angeboten.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Übliche Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wird benötigt</translation>
    </message>
    <message>
        <source>is already taken by another kind</source>
        <translation>ist schon an eine andere Art vergeben</translation>
    </message>
    <message>
        <source>must be a number, like 300 or 0.25</source>
        <translation>muss eine Zahl sein, etwa 300 oder 0,25</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 is built in, so it cannot be deleted. You can hide it instead.</source>
        <translation>%1 ist fest eingebaut und kann nicht gelöscht werden. Sie können es stattdessen ausblenden.</translation>
    </message>
    <message>
        <source>%1 is in your journal (%2), so it cannot be deleted: that would lose those entries. Hide it instead to stop it being offered.</source>
        <translation>%1 steht in Ihrem Tagebuch (%2) und kann daher nicht gelöscht werden: Diese Einträge gingen sonst verloren. Blenden Sie es stattdessen aus, damit es nicht mehr angeboten wird.</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>%n-mal angewendet</numerusform>
            <numerusform>%n-mal angewendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ChartWordsQt</name>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date on a chart: 1 Sep 2026; keep the names in braces as they are: they are filled in</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month on a chart: Sep 2026; keep the names in braces as they are: they are filled in</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day on a chart&apos;s axis: 05 Sep; keep the names in braces as they are: they are filled in</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, short</comment>
        <translation>Min.</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Foot</source>
        <comment>a part of the leg</comment>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Calf</source>
        <comment>a part of the leg</comment>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Shin</source>
        <comment>a part of the leg</comment>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>Knee</source>
        <comment>a part of the leg</comment>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Thigh (front)</source>
        <comment>a part of the leg</comment>
        <translation>Oberschenkel (vorne)</translation>
    </message>
    <message>
        <source>Thigh (back)</source>
        <comment>a part of the leg</comment>
        <translation>Oberschenkel (hinten)</translation>
    </message>
    <message>
        <source>Hip</source>
        <comment>a part of the leg</comment>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>seit {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>bis {end}</translation>
    </message>
    <message>
        <source>the whole journal</source>
        <translation>das ganze Tagebuch</translation>
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
        <translation>Keine Nächte eingetragen ({period}).</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>each night</source>
        <translation>jede Nacht</translation>
    </message>
    <message>
        <source>{outcome} night by night</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} Nacht für Nacht</translation>
    </message>
    <message>
        <source>7-night average</source>
        <translation>Durchschnitt über 7 Nächte</translation>
    </message>
    <message>
        <source>{kind} ({nights})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({nights})</translation>
    </message>
    <message>
        <source>Nothing used before bed in this period</source>
        <translation>In diesem Zeitraum vor dem Schlafen nichts angewendet</translation>
    </message>
    <message>
        <source>Used before bed (nights)</source>
        <translation>Vor dem Schlafen angewendet (Nächte)</translation>
    </message>
    <message>
        <source>Legs
(0–10)</source>
        <translation>Beine
(0–10)</translation>
    </message>
    <message>
        <source>{outcome}: nights after each habit vs. nights without</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}: Nächte nach jeder Gewohnheit vs. Nächte ohne</translation>
    </message>
    <message>
        <source>seems to help</source>
        <translation>scheint zu helfen</translation>
    </message>
    <message>
        <source>seems to hurt</source>
        <translation>scheint zu schaden</translation>
    </message>
    <message>
        <source>not clear yet</source>
        <translation>noch nicht klar</translation>
    </message>
    <message>
        <source>{outcome} was the same on every night in {period}, so there is nothing to compare.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} war in jeder Nacht gleich ({period}), daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Not enough nights yet to compare: each kind needs at least 5 nights with it and 5 without.</source>
        <translation>Noch nicht genug Nächte zum Vergleichen: Jede Art braucht mindestens 5 Nächte mit und 5 ohne.</translation>
    </message>
    <message>
        <source>Too few nights so far: {kinds}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Bisher zu wenige Nächte: {kinds}</translation>
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
{with_} mit · {without} ohne</translation>
    </message>
    <message>
        <source>Difference in {outcome} ({unit}), 
adjusted as the findings say; lines are 95% intervals</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Unterschied bei {outcome} ({unit}), 
bereinigt wie in den Erkenntnissen; Linien sind 95-%-Bereiche</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>besser →</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← schlechter</translation>
    </message>
    <message>
        <source>Cannot tell yet: {kinds}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Noch nicht zu sagen: {kinds}</translation>
    </message>
    <message>
        <source>{kind}, night after</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}, Nacht danach</translation>
    </message>
    <message>
        <source>{kind}, 4 weeks</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}, 4 Wochen</translation>
    </message>
    <message>
        <source>{kind} {dose}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} {dose}</translation>
    </message>
    <message>
        <source>{kind} (the outcome did not vary)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (die Messgröße war immer gleich)</translation>
    </message>
    <message>
        <source>{kind} (always with {other})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (immer mit {other})</translation>
    </message>
    <message>
        <source>the trend</source>
        <translation>der Verlauf</translation>
    </message>
    <message>
        <source>{kind} (only {without} without)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} (nur {without} ohne)</translation>
    </message>
    <message>
        <source>{kind} ({with_} with)</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({with_} mit)</translation>
    </message>
    <message>
        <source>{outcome}, month by month — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}, Monat für Monat — {period}</translation>
    </message>
    <message>
        <source>No nights with {outcome} in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Keine Nächte mit {outcome} ({period}).</translation>
    </message>
    <message>
        <source>Night of the month (blank: not logged)</source>
        <translation>Nacht des Monats (leer: nicht eingetragen)</translation>
    </message>
    <message>
        <source>Month (each cell: the month&apos;s average; blank: nothing logged)</source>
        <translation>Monat (jedes Feld: Durchschnitt des Monats; leer: nichts eingetragen)</translation>
    </message>
    <message>
        <source>{outcome}
brighter = better</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome}
heller = besser</translation>
    </message>
    <message>
        <source>When symptoms start — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Wann Symptome beginnen — {period}</translation>
    </message>
    <message>
        <source>No symptoms logged at night in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Keine nächtlichen Symptome eingetragen ({period}).</translation>
    </message>
    <message>
        <source>{kind} ({events})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind} ({events})</translation>
    </message>
    <message>
        <source>typical time in bed</source>
        <translation>übliche Zeit im Bett</translation>
    </message>
    <message>
        <source>Hour the symptom started (18 = 6 pm … 11 = 11 am)</source>
        <translation>Stunde, in der das Symptom begann (18 = 18 Uhr … 11 = 11 Uhr)</translation>
    </message>
    <message>
        <source>Symptom events</source>
        <translation>Symptom-Ereignisse</translation>
    </message>
    <message>
        <source>Where on the legs — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Wo an den Beinen — {period}</translation>
    </message>
    <message>
        <source>No symptom locations logged in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Keine Stellen von Symptomen eingetragen ({period}).</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>{place}: {events}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{place}: {events}</translation>
    </message>
    <message>
        <source>Symptom events with a place logged: {events}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Symptom-Ereignisse mit eingetragener Stelle: {events}</translation>
    </message>
    <message>
        <source>Also: {places}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Außerdem: {places}</translation>
    </message>
    <message>
        <source>Nothing named</source>
        <translation>Nichts genannt</translation>
    </message>
    <message>
        <source>Minutes to relief in the night, by what was used — {period}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Minuten bis zur Linderung in der Nacht, nach Maßnahme — {period}</translation>
    </message>
    <message>
        <source>No eased symptoms in the night logged in {period}.</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Keine gelinderten Symptome in der Nacht eingetragen ({period}).</translation>
    </message>
    <message>
        <source>median {minutes} min</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Median {minutes} Min.</translation>
    </message>
    <message>
        <source>{group}
{events} event</source>
        <comment>one</comment>
        <translation>{group}
{events} Ereignis</translation>
    </message>
    <message>
        <source>{group}
{events} events</source>
        <comment>many</comment>
        <translation>{group}
{events} Ereignisse</translation>
    </message>
    <message>
        <source>Minutes until the symptom eased (shorter is better)</source>
        <translation>Minuten, bis das Symptom nachließ (kürzer ist besser)</translation>
    </message>
    <message>
        <source>{outcome} and milestones</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} und Meilensteine</translation>
    </message>
    <message>
        <source>7-night mean</source>
        <translation>Mittel über 7 Nächte</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>No milestones in this period</source>
        <translation>Keine Meilensteine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>{outcome} by days since “{milestone}” ({date})</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{outcome} nach Tagen seit „{milestone}“ ({date})</translation>
    </message>
    <message>
        <source>No nights logged around this milestone.</source>
        <translation>Um diesen Meilenstein sind keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>days since the milestone (day 0); before it, negative</source>
        <translation>Tage seit dem Meilenstein (Tag 0); davor negativ</translation>
    </message>
    <message>
        <source>{kind}: {outcome} on and off, night by night</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>{kind}: {outcome} mit und ohne, Nacht für Nacht</translation>
    </message>
    <message>
        <source>No nights of this experiment are logged yet.</source>
        <translation>Von diesem Experiment sind noch keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>On {kind}</source>
        <comment>keep the names in braces as they are: they are filled in</comment>
        <translation>Mit {kind}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>Period mean</source>
        <translation>Mittel des Zeitraums</translation>
    </message>
    <message>
        <source>Taken before bed</source>
        <translation>Vor dem Schlafen genommen</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht genommen</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Choose the column of “Got into bed”, and of “Got out of bed” or “Woke up for good”.</source>
        <translation>Wählen Sie die Spalte für „Ins Bett gegangen“ und für „Aufgestanden“ oder „Endgültig aufgewacht“.</translation>
    </message>
</context>
<context>
    <name>DayCounter</name>
    <message>
        <source>Milestones…</source>
        <translation>Meilensteine…</translation>
    </message>
    <message>
        <source>Add, change or delete milestones (Ctrl+Shift+M)</source>
        <translation>Meilensteine hinzufügen, ändern oder löschen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Heute: {0}</translation>
    </message>
    <message>
        <source>Day {0} since {1}</source>
        <translation>Tag {0} seit {1}</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>In the background</source>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed (so reminders still come)</source>
        <translation>Beim Schließen des Fensters im &amp;Benachrichtigungsbereich weiterlaufen (damit Erinnerungen weiter kommen)</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so Quiet Legs cannot keep running there: closing the window quits it, and reminders come only while it is open.</source>
        <translation>Diese Arbeitsumgebung hat keinen Benachrichtigungsbereich, daher kann Quiet Legs dort nicht weiterlaufen: Das Schließen des Fensters beendet es, und Erinnerungen kommen nur, solange es offen ist.</translation>
    </message>
    <message>
        <source>Start Quiet Legs when I &amp;log in</source>
        <translation>Quiet Legs bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start &amp;in the notification area, without opening the window</source>
        <translation>&amp;Im Benachrichtigungsbereich starten, ohne das Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Starting at login is available on Linux desktops only.</source>
        <translation>Der Start bei der Anmeldung ist nur auf Linux-Arbeitsumgebungen möglich.</translation>
    </message>
    <message>
        <source>The demo journal is not started at login: it is deleted when you log out.</source>
        <translation>Das Demo-Tagebuch wird nicht bei der Anmeldung gestartet: Es wird beim Abmelden gelöscht.</translation>
    </message>
    <message>
        <source>Start Quiet Legs when you log in, so its reminders come</source>
        <translation>Quiet Legs bei der Anmeldung starten, damit seine Erinnerungen kommen</translation>
    </message>
    <message>
        <source>Quiet Legs cannot start at login from here: the path {0} cannot be written in a login entry ({1}).</source>
        <translation>Quiet Legs kann von hier aus nicht bei der Anmeldung starten: Der Pfad {0} lässt sich nicht in einen Anmeldeeintrag schreiben ({1}).</translation>
    </message>
    <message>
        <source>Starting at login could not be turned off: {0} could not be removed ({1}).</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ausschalten: {0} konnte nicht entfernt werden ({1}).</translation>
    </message>
    <message>
        <source>Starting at login could not be turned on: {0} could not be written ({1}).</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht einschalten: {0} konnte nicht geschrieben werden ({1}).</translation>
    </message>
</context>
<context>
    <name>EveningButtons</name>
    <message>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>One click logs it now with your usual dose; click again to take it back.</source>
        <translation>Ein Klick trägt es jetzt mit Ihrer üblichen Menge ein; ein weiterer Klick nimmt es zurück.</translation>
    </message>
    <message>
        <source>Last evening ({0})</source>
        <translation>Gestern Abend ({0})</translation>
    </message>
    <message>
        <source>That evening</source>
        <translation>An jenem Abend</translation>
    </message>
    <message>
        <source>Before bed on {0}. One click logs it for that evening with your usual dose; click again to take it back.</source>
        <translation>Vor dem Schlafen am {0}: Ein Klick trägt es für diesen Abend mit Ihrer üblichen Menge ein; ein weiterer Klick nimmt es zurück.</translation>
    </message>
    <message>
        <source>Logged at {0}{1}. Click to remove.</source>
        <translation>Eingetragen um {0}{1}. Klicken zum Entfernen.</translation>
    </message>
    <message>
        <source>Log {0} now{1}.</source>
        <translation>{0} jetzt eintragen{1}.</translation>
    </message>
    <message>
        <source>Log {0} on {1} at {2}{3}.</source>
        <translation>{0} am {1} um {2} eintragen{3}.</translation>
    </message>
    <message>
        <source>{0} — take tonight</source>
        <translation>{0} — heute Abend anwenden</translation>
    </message>
    <message>
        <source>{0} — ON night</source>
        <translation>{0} — Nacht MIT</translation>
    </message>
    <message>
        <source>{0} — skip tonight</source>
        <translation>{0} — heute Abend auslassen</translation>
    </message>
    <message>
        <source>{0} — OFF night</source>
        <translation>{0} — Nacht OHNE</translation>
    </message>
    <message>
        <source>Taken, as your experiment planned.</source>
        <translation>Genommen, wie Ihr Experiment es vorsah.</translation>
    </message>
    <message>
        <source>Tonight&apos;s plan in your experiment: take {0}.</source>
        <translation>Plan Ihres Experiments für heute Abend: {0} anwenden.</translation>
    </message>
    <message>
        <source>That night&apos;s plan in your experiment: take {0}.</source>
        <translation>Plan Ihres Experiments für jene Nacht: {0} anwenden.</translation>
    </message>
    <message>
        <source>Logged on a night your experiment skips {0}: that is fine, an honest log keeps the result true.</source>
        <translation>Eingetragen in einer Nacht, in der Ihr Experiment {0} auslässt: Das ist in Ordnung, ehrliche Einträge halten das Ergebnis richtig.</translation>
    </message>
    <message>
        <source>Your experiment skips {0} tonight. If you took it anyway, click to log it: an honest log keeps the result true.</source>
        <translation>Ihr Experiment lässt {0} heute Abend aus. Wenn Sie es trotzdem genommen haben, klicken Sie, um es einzutragen: Ehrliche Einträge halten das Ergebnis richtig.</translation>
    </message>
    <message>
        <source>Your experiment skipped {0} that night. If you took it anyway, click to log it: an honest log keeps the result true.</source>
        <translation>Ihr Experiment hat {0} in jener Nacht ausgelassen. Wenn Sie es trotzdem genommen haben, klicken Sie, um es einzutragen: Ehrliche Einträge halten das Ergebnis richtig.</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Z brings it back)</source>
        <translation>Löschen (Strg+Z holt es zurück)</translation>
    </message>
</context>
<context>
    <name>ExperimentBanner</name>
    <message>
        <source>Experiment tonight</source>
        <translation>Experiment heute Abend</translation>
    </message>
    <message>
        <source>Stop early…</source>
        <translation>Vorzeitig beenden…</translation>
    </message>
    <message>
        <source>End the experiment now; the nights so far still give a result</source>
        <translation>Das Experiment jetzt beenden; die bisherigen Nächte ergeben trotzdem ein Ergebnis</translation>
    </message>
    <message>
        <source>Result so far…</source>
        <translation>Bisheriges Ergebnis…</translation>
    </message>
    <message>
        <source>Nights on and off, how well the plan was followed, and what the difference is so far</source>
        <translation>Nächte mit und ohne, wie gut der Plan eingehalten wurde und wie groß der Unterschied bisher ist</translation>
    </message>
    <message>
        <source>Experiment finished: {kind} (last night {day}) — see what it showed.</source>
        <translation>Experiment beendet: {kind} (letzte Nacht {day}) — sehen Sie, was es gezeigt hat.</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Ergebnis…</translation>
    </message>
    <message>
        <source>Experiment: {kind}, washout night {n} of {total} — tonight: skip it (washout)</source>
        <translation>Experiment: {kind}, Auswaschnacht {n} von {total} — heute Abend: auslassen (Auswaschen)</translation>
    </message>
    <message>
        <source>Experiment: {kind}, night {n} of {total} — tonight: ON (take it)</source>
        <translation>Experiment: {kind}, Nacht {n} von {total} — heute Abend: MIT (anwenden)</translation>
    </message>
    <message>
        <source>Experiment: {kind}, night {n} of {total} — tonight: OFF (skip it)</source>
        <translation>Experiment: {kind}, Nacht {n} von {total} — heute Abend: OHNE (auslassen)</translation>
    </message>
    <message>
        <source>Period {0} of {1}; the experiment ends after the night of {2}.</source>
        <translation>Phase {0} von {1}; das Experiment endet nach der Nacht vom {2}.</translation>
    </message>
    <message>
        <source>Stop the experiment?</source>
        <translation>Das Experiment beenden?</translation>
    </message>
    <message>
        <source>Stop the {0} experiment now? Last night is the last that counts; the result says it was stopped early.</source>
        <translation>Das Experiment mit {0} jetzt beenden? Die letzte Nacht ist die letzte, die zählt; das Ergebnis vermerkt den vorzeitigen Abbruch.</translation>
    </message>
    <message>
        <source>Not stopped</source>
        <translation>Nicht abgebrochen</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <source>Plan an experiment</source>
        <translation>Ein Experiment planen</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> Nächte</translation>
    </message>
    <message>
        <source> pairs</source>
        <translation> Paare</translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Judged by</source>
        <translation>&amp;Beurteilt nach</translation>
    </message>
    <message>
        <source>&amp;Each period</source>
        <translation>&amp;Jede Phase</translation>
    </message>
    <message>
        <source>On/off &amp;pairs</source>
        <translation>&amp;Paare mit/ohne</translation>
    </message>
    <message>
        <source>&amp;Washout before a switch</source>
        <translation>&amp;Auswaschphase vor einem Wechsel</translation>
    </message>
    <message>
        <source>&amp;First night</source>
        <translation>&amp;Erste Nacht</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>What it can tell</source>
        <translation>Was es zeigen kann</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OHNE</translation>
    </message>
    <message>
        <source>Pair {0}: {1}</source>
        <translation>Paar {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n washout night(s) before each switch ({0} in all).</source>
        <translation>
            <numerusform>%n Auswaschnacht vor jedem Wechsel ({0} insgesamt).</numerusform>
            <numerusform>%n Auswaschnächte vor jedem Wechsel ({0} insgesamt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends after the night of {0}.</source>
        <translation>Endet nach der Nacht vom {0}.</translation>
    </message>
    <message>
        <source>It tells whether %1 differs on %2 nights, for you: the order is random, so a clear difference can be put down to %2.</source>
        <translation>Es zeigt, ob sich %1 in Nächten mit %2 unterscheidet, bei Ihnen: Die Reihenfolge ist zufällig, daher lässt sich ein klarer Unterschied auf %2 zurückführen.</translation>
    </message>
    <message>
        <source>With %1 pairs no p-value can fall below %2 (%3), so it can never show a difference at the usual 5% level: plan at least %4 pairs for that.</source>
        <translation>Mit %1 Paaren kann kein p-Wert unter %2 (%3) fallen, daher kann es nie einen Unterschied auf dem üblichen 5-%-Niveau zeigen: Planen Sie dafür mindestens %4 Paare.</translation>
    </message>
    <message>
        <source>With %1 pairs no p-value can fall below %2 (%3).</source>
        <translation>Mit %1 Paaren kann kein p-Wert unter %2 (%3) fallen.</translation>
    </message>
    <message>
        <source>It cannot tell whether it would help someone else, nor effects slower than a period; nights that do not follow the plan weaken it.</source>
        <translation>Es kann nicht sagen, ob es jemand anderem helfen würde, noch Wirkungen zeigen, die langsamer sind als eine Phase; Nächte, die nicht dem Plan folgen, schwächen es.</translation>
    </message>
</context>
<context>
    <name>ExperimentResultDialog</name>
    <message>
        <source>Experiment: result so far</source>
        <translation>Experiment: bisheriges Ergebnis</translation>
    </message>
    <message>
        <source>{0}, judged by {1}</source>
        <translation>{0}, beurteilt nach {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n night(s) each, from the night of {1} to the night of {2}.</source>
        <translation>
            <numerusform>{0} zu je %n Nacht, von der Nacht vom {1} bis zur Nacht vom {2}.</numerusform>
            <numerusform>{0} zu je %n Nächten, von der Nacht vom {1} bis zur Nacht vom {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out the result…</source>
        <translation>Das Ergebnis wird berechnet…</translation>
    </message>
    <message>
        <source>Nights logged</source>
        <translation>Eingetragene Nächte</translation>
    </message>
    <message>
        <source>Followed the plan</source>
        <translation>Plan eingehalten</translation>
    </message>
    <message>
        <source>Difference (on − off)</source>
        <translation>Unterschied (mit − ohne)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>{0} on {1}, {2} off</source>
        <translation>{0} mit {1}, {2} ohne</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>not yet: needs two pairs logged</source>
        <translation>noch nicht: braucht zwei eingetragene Paare</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>the journal could not be read.</source>
        <translation>das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The result could not be worked out: {0}</source>
        <translation>Das Ergebnis konnte nicht berechnet werden: {0}</translation>
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
        <translation>Beginnt in der Nacht vom %1; noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Stopped early after the night of %1.</source>
        <translation>Vorzeitig beendet nach der Nacht vom %1.</translation>
    </message>
    <message>
        <source>So far (%1 of %2 pairs logged):</source>
        <translation>Bisher (%1 von %2 Paaren eingetragen):</translation>
    </message>
    <message>
        <source>Too little to tell yet: a result needs at least two pairs with nights logged both on and off %1.</source>
        <translation>Noch zu wenig für eine Aussage: Ein Ergebnis braucht mindestens zwei Paare mit eingetragenen Nächten mit und ohne %1.</translation>
    </message>
    <message>
        <source>%1 was %2 higher on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)</source>
        <translation>%1 war in Nächten mit %3 um %2 höher (95-%-KI %4 bis %5; p = %6; %7 Nächte mit, %8 ohne)</translation>
    </message>
    <message>
        <source>%1 was %2 lower on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)</source>
        <translation>%1 war in Nächten mit %3 um %2 niedriger (95-%-KI %4 bis %5; p = %6; %7 Nächte mit, %8 ohne)</translation>
    </message>
    <message>
        <source>%1 helps: %2. The on and off periods were in random order, so this difference can be put down to %1.</source>
        <translation>%1 hilft: %2. Die Phasen mit und ohne lagen in zufälliger Reihenfolge, daher lässt sich dieser Unterschied auf %1 zurückführen.</translation>
    </message>
    <message>
        <source>%1 made nights worse: %2. The periods were in random order, so this can be put down to %1.</source>
        <translation>%1 hat die Nächte verschlechtert: %2. Die Phasen lagen in zufälliger Reihenfolge, daher lässt sich das auf %1 zurückführen.</translation>
    </message>
    <message>
        <source>No clear difference: %1.</source>
        <translation>Kein klarer Unterschied: %1.</translation>
    </message>
    <message>
        <source>With %1 pairs no result can be clearer than p = %2, so this says little either way.</source>
        <translation>Mit %1 Paaren kann kein Ergebnis klarer sein als p = %2, daher sagt dies in keine Richtung viel.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share of nights: 75%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Only %1 of nights followed the plan, so the real effect may be larger than this and is less certain.</source>
        <translation>Nur %1 der Nächte folgten dem Plan, daher ist die wirkliche Wirkung vielleicht größer als diese und weniger sicher.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>no difference</source>
        <translation>kein Unterschied</translation>
    </message>
    <message>
        <source>you slept %1 min longer</source>
        <translation>schliefen Sie %1 Min. länger</translation>
    </message>
    <message>
        <source>you slept %1 min less</source>
        <translation>schliefen Sie %1 Min. weniger</translation>
    </message>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) higher</source>
        <translation>
            <numerusform>war Ihre Schlafeffizienz %1 Punkt höher</numerusform>
            <numerusform>war Ihre Schlafeffizienz %1 Punkte höher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) lower</source>
        <translation>
            <numerusform>war Ihre Schlafeffizienz %1 Punkt niedriger</numerusform>
            <numerusform>war Ihre Schlafeffizienz %1 Punkte niedriger</numerusform>
        </translation>
    </message>
    <message>
        <source>you took %1 min longer to fall asleep</source>
        <translation>brauchten Sie %1 Min. länger zum Einschlafen</translation>
    </message>
    <message>
        <source>you fell asleep %1 min sooner</source>
        <translation>schliefen Sie %1 Min. schneller ein</translation>
    </message>
    <message>
        <source>you lay awake %1 min more in the night</source>
        <translation>lagen Sie nachts %1 Min. länger wach</translation>
    </message>
    <message>
        <source>you lay awake %1 min less in the night</source>
        <translation>lagen Sie nachts %1 Min. weniger wach</translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 more time(s)</source>
        <translation>
            <numerusform>wachten Sie %1-mal öfter auf</numerusform>
            <numerusform>wachten Sie %1-mal öfter auf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 fewer time(s)</source>
        <translation>
            <numerusform>wachten Sie %1-mal weniger auf</numerusform>
            <numerusform>wachten Sie %1-mal weniger auf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) better</source>
        <translation>
            <numerusform>bewerteten Sie Ihren Schlaf %1 Punkt besser</numerusform>
            <numerusform>bewerteten Sie Ihren Schlaf %1 Punkte besser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) worse</source>
        <translation>
            <numerusform>bewerteten Sie Ihren Schlaf %1 Punkt schlechter</numerusform>
            <numerusform>bewerteten Sie Ihren Schlaf %1 Punkte schlechter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) more rested</source>
        <translation>
            <numerusform>fühlten Sie sich %1 Punkt erholter</numerusform>
            <numerusform>fühlten Sie sich %1 Punkte erholter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) less rested</source>
        <translation>
            <numerusform>fühlten Sie sich %1 Punkt weniger erholt</numerusform>
            <numerusform>fühlten Sie sich %1 Punkte weniger erholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) more uncomfortable</source>
        <translation>
            <numerusform>waren Ihre Beine %1 Punkt unruhiger</numerusform>
            <numerusform>waren Ihre Beine %1 Punkte unruhiger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) calmer</source>
        <translation>
            <numerusform>waren Ihre Beine %1 Punkt ruhiger</numerusform>
            <numerusform>waren Ihre Beine %1 Punkte ruhiger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 more symptom event(s)</source>
        <translation>
            <numerusform>hatten Sie %1 Symptom-Ereignis mehr</numerusform>
            <numerusform>hatten Sie %1 Symptom-Ereignisse mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 fewer symptom event(s)</source>
        <translation>
            <numerusform>hatten Sie %1 Symptom-Ereignis weniger</numerusform>
            <numerusform>hatten Sie %1 Symptom-Ereignisse weniger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) more severe</source>
        <translation>
            <numerusform>war Ihr stärkstes Symptom %1 Punkt stärker</numerusform>
            <numerusform>war Ihr stärkstes Symptom %1 Punkte stärker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) milder</source>
        <translation>
            <numerusform>war Ihr stärkstes Symptom %1 Punkt milder</numerusform>
            <numerusform>war Ihr stärkstes Symptom %1 Punkte milder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 höher</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 niedriger</translation>
    </message>
    <message>
        <source>95% CI %1–%2</source>
        <translation>95-%-KI %1–%2</translation>
    </message>
    <message>
        <source>%1 to %2 min</source>
        <translation>%1 bis %2 Min.</translation>
    </message>
    <message>
        <source>%1 to %2 points</source>
        <translation>%1 bis %2 Punkte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an interval</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) with, %1 without</source>
        <translation>
            <numerusform>%n Nacht mit, %1 ohne</numerusform>
            <numerusform>%n Nächte mit, %1 ohne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the night after)</source>
        <translation>%1 (die Nacht danach)</translation>
    </message>
    <message>
        <source>%1 (over four weeks)</source>
        <translation>%1 (über vier Wochen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind (its dose band)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 nights in this period were not logged (%3%); the gaps mostly come after worse nights (%4% of %5 gaps). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>%1 von %2 Nächten in diesem Zeitraum sind nicht eingetragen (%3 %); die Lücken folgen meist auf schlechtere Nächte (%4 % von %5 Lücken). Waren die fehlenden Nächte vor allem schlechte, sehen diese Zahlen besser aus, als Ihre Nächte waren, und Unterschiede sind vielleicht kleiner.</translation>
    </message>
    <message>
        <source>%1 of %2 nights in this period were not logged (%3%). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>%1 von %2 Nächten in diesem Zeitraum sind nicht eingetragen (%3 %). Waren die fehlenden Nächte vor allem schlechte, sehen diese Zahlen besser aus, als Ihre Nächte waren, und Unterschiede sind vielleicht kleiner.</translation>
    </message>
    <message>
        <source>The gaps mostly come after worse nights (%4% of %5 gaps). If the missing nights were mostly bad ones, these figures look better than your nights were, and differences may be smaller.</source>
        <translation>Die Lücken folgen meist auf schlechtere Nächte (%4 % von %5 Lücken). Waren die fehlenden Nächte vor allem schlechte, sehen diese Zahlen besser aus, als Ihre Nächte waren, und Unterschiede sind vielleicht kleiner.</translation>
    </message>
    <message>
        <source>%1: %2 did not vary in this period (%3), so there is nothing to compare.</source>
        <translation>%1: %2 war in diesem Zeitraum immer gleich (%3), daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few nights to tell yet (%2 with it); %n more night(s) with it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: noch zu wenige Nächte (%2 damit); %n weitere Nacht damit erlaubt eine erste Schätzung.</numerusform>
            <numerusform>%1: noch zu wenige Nächte (%2 damit); %n weitere Nächte damit erlauben eine erste Schätzung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used on nearly every night (%2 without it), so there is nothing to compare with; %n more night(s) without it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: in fast jeder Nacht angewendet (%2 ohne), daher gibt es keinen Vergleich; %n weitere Nacht ohne erlaubt eine erste Schätzung.</numerusform>
            <numerusform>%1: in fast jeder Nacht angewendet (%2 ohne), daher gibt es keinen Vergleich; %n weitere Nächte ohne erlauben eine erste Schätzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 always came with the general trend, so the data cannot tell them apart.</source>
        <translation>%1 fiel immer mit dem allgemeinen Verlauf zusammen, daher lassen sich die beiden in den Daten nicht trennen.</translation>
    </message>
    <message>
        <source>%1 was always used together with %2, so the data cannot tell them apart.</source>
        <translation>%1 wurde immer zusammen mit %2 angewendet, daher lassen sich die beiden in den Daten nicht trennen.</translation>
    </message>
    <message>
        <source>%1: no clear difference yet (%2 on average, but anything from %3 fits your nights; %4).</source>
        <translation>%1: noch kein klarer Unterschied (im Schnitt %2, aber alles von %3 passt zu Ihren Nächten; %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: a hint, not yet clear: %2 on average (%3), but with %n comparison(s) made a difference this size can turn up by chance (%4).</source>
        <translation>
            <numerusform>%1: ein Hinweis, noch nicht klar: im Schnitt %2 (%3), aber bei %n durchgeführten Vergleich kann ein so großer Unterschied zufällig auftreten (%4).</numerusform>
            <numerusform>%1: ein Hinweis, noch nicht klar: im Schnitt %2 (%3), aber bei %n durchgeführten Vergleichen kann ein so großer Unterschied zufällig auftreten (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>On the night after %1 %2 (%3; %4).</source>
        <translation>In der Nacht nach %1 %2 (%3; %4).</translation>
    </message>
    <message numerus="yes">
        <source>After four weeks of %1 every night, against four weeks without, %2 (%3; %n night(s) after mostly-%1 weeks, %4 after others).</source>
        <translation>
            <numerusform>Nach vier Wochen mit %1 jeden Abend, verglichen mit vier Wochen ohne, %2 (%3; %n Nacht nach Wochen meist mit %1, %4 nach anderen).</numerusform>
            <numerusform>Nach vier Wochen mit %1 jeden Abend, verglichen mit vier Wochen ohne, %2 (%3; %n Nächte nach Wochen meist mit %1, %4 nach anderen).</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1, on nights after %2 %3 (%4; %5).</source>
        <translation>Bei %1: In Nächten nach %2 %3 (%4; %5).</translation>
    </message>
    <message>
        <source>After %1 %2 (%3; %4).</source>
        <translation>Nach %1 %2 (%3; %4).</translation>
    </message>
    <message>
        <source>On nights after %1 %2 (%3; %4).</source>
        <translation>In Nächten nach %1 %2 (%3; %4).</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What lines up with %1 (higher is better)</source>
        <translation>Was mit %1 zusammenfällt (höher ist besser)</translation>
    </message>
    <message>
        <source>What lines up with %1 (lower is better)</source>
        <translation>Was mit %1 zusammenfällt (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Nothing used before bed in this period, so there is nothing to compare yet.</source>
        <translation>In diesem Zeitraum wurde vor dem Schlafen nichts angewendet, daher gibt es noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>In diesem Zeitraum sind keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Scheint zu helfen</translation>
    </message>
    <message>
        <source>Seems to hurt</source>
        <translation>Scheint zu schaden</translation>
    </message>
    <message>
        <source>Not clear yet</source>
        <translation>Noch nicht klar</translation>
    </message>
    <message>
        <source>Too little data yet</source>
        <translation>Noch zu wenige Daten</translation>
    </message>
    <message>
        <source>These are associations in your own nights, not proof of cause.</source>
        <translation>Das sind Zusammenhänge in Ihren eigenen Nächten, kein Beweis für eine Ursache.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>%1 Help</source>
        <translation>%1-Hilfe</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import a journal file</source>
        <translation>Eine Tagebuchdatei importieren</translation>
    </message>
    <message>
        <source>Journal files and other apps&apos; exports (*.json *.zip *.csv);;Quiet Legs journal (*.json);;CSV files in a .zip (*.zip);;One CSV file (*.csv);;All files (*)</source>
        <translation>Tagebuchdateien und Exporte anderer Apps (*.json *.zip *.csv);;Quiet-Legs-Tagebuch (*.json);;CSV-Dateien in einer .zip (*.zip);;Eine CSV-Datei (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the folder that holds the CSV files</source>
        <translation>Den Ordner mit den CSV-Dateien wählen</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Das Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Quiet Legs journal (*.json)</source>
        <translation>Quiet-Legs-Tagebuch (*.json)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Wählen Sie, wohin der Ordner mit den CSV-Dateien soll</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Nichts wurde exportiert</translation>
    </message>
    <message>
        <source>{0} could not be saved.</source>
        <translation>{0} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your journal is unchanged. Try another folder.</source>
        <translation>Ihr Tagebuch ist unverändert. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Years of nights can take a minute. Nothing changes until all of it is done.</source>
        <translation>Jahre voller Nächte können eine Minute dauern. Nichts ändert sich, bevor alles fertig ist.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>The insights could not be worked out: %s</source>
        <translation>Die Erkenntnisse konnten nicht berechnet werden: %s</translation>
    </message>
    <message>
        <source>all nights</source>
        <translation>alle Nächte</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n night(s) logged</source>
        <translation>
            <numerusform>%1 · %n Nacht eingetragen</numerusform>
            <numerusform>%1 · %n Nächte eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No nights logged in this period.</source>
        <translation>In diesem Zeitraum sind keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Night of %1 — %2: %3 · before bed: %4 · symptoms: %5 · in the night: %6</source>
        <translation>Nacht vom %1 — %2: %3 · vor dem Schlafen: %4 · Symptome: %5 · in der Nacht: %6</translation>
    </message>
    <message>
        <source>Night of %1 — %2: %3 · before bed: %4 · symptoms: %5</source>
        <translation>Nacht vom %1 — %2: %3 · vor dem Schlafen: %4 · Symptome: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>{0} {1}/10 at {2}</source>
        <translation>{0} {1}/10 um {2}</translation>
    </message>
    <message>
        <source>The chart is still being drawn; try again in a moment.</source>
        <translation>Das Diagramm wird noch gezeichnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart: %s</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>%s gespeichert</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Das Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>Weighing the evidence…</source>
        <translation>Die Hinweise werden abgewogen…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Edit an intervention</source>
        <translation>Eine Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Eine Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Type to search the catalog</source>
        <translation>Tippen, um den Katalog zu durchsuchen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>is not in the catalog (“{0}”): pick one from the list</source>
        <translation>steht nicht im Katalog („{0}“): Wählen Sie einen Eintrag aus der Liste</translation>
    </message>
    <message>
        <source>is required: pick one from the list</source>
        <translation>wird benötigt: Wählen Sie einen Eintrag aus der Liste</translation>
    </message>
    <message>
        <source>must be a number, like 300 or 0.5</source>
        <translation>muss eine Zahl sein, etwa 300 oder 0,5</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n night(s)</source>
        <translation>
            <numerusform>%1 von %n Nacht</numerusform>
            <numerusform>%1 von %n Nächten</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the diary of the night of %1; its symptoms and interventions are kept. Ctrl+Z brings it back.</source>
        <translation>Den Eintrag der Nacht vom %1 gelöscht; ihre Symptome und Maßnahmen bleiben erhalten. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Deleted a symptom. Ctrl+Z brings it back.</source>
        <translation>Ein Symptom gelöscht. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>Deleted %1 at %2. Ctrl+Z brings it back.</source>
        <translation>%1 um %2 gelöscht. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>The journal could not be opened, so nothing was saved.</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden, daher wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>KeepInTray</name>
    <message>
        <source>Quiet Legs is still running</source>
        <translation>Quiet Legs läuft weiter</translation>
    </message>
    <message>
        <source>Its reminders still come. Click the Quiet Legs icon to open it again, or choose Quit from its menu to end it.</source>
        <translation>Seine Erinnerungen kommen weiterhin. Klicken Sie auf das Quiet-Legs-Symbol, um es wieder zu öffnen, oder wählen Sie Beenden in seinem Menü.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Warm soak</source>
        <translation>Warmes Fußbad</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Trinken</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Beine hochlegen</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Akupunktur</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <source>Heavy meal</source>
        <translation>Schweres Essen</translation>
    </message>
    <message>
        <source>Late exercise</source>
        <translation>Später Sport</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Nickerchen</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>a warm soak</source>
        <translation>einem warmen Fußbad</translation>
    </message>
    <message>
        <source>a massage</source>
        <translation>einer Massage</translation>
    </message>
    <message>
        <source>hydration</source>
        <translation>Trinken</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>leg elevation</source>
        <translation>dem Hochlegen der Beine</translation>
    </message>
    <message>
        <source>relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>acupuncture</source>
        <translation>Akupunktur</translation>
    </message>
    <message>
        <source>physical therapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <source>a heavy meal</source>
        <translation>einem schweren Essen</translation>
    </message>
    <message>
        <source>late exercise</source>
        <translation>spätem Sport</translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation>langem Sitzen</translation>
    </message>
    <message>
        <source>a nap</source>
        <translation>einem Nickerchen</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows the next time Quiet Legs starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Quiet Legs.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MilestoneForm</name>
    <message>
        <source>Edit milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>stopped kratom, started iron, physiotherapy began…</source>
        <translation>Kratom abgesetzt, mit Eisen begonnen, Physiotherapie angefangen…</translation>
    </message>
    <message>
        <source>No timeline</source>
        <translation>Kein Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Was geschah</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Dated events that matter, counted in days on Today and marked on the milestone chart. Dry-needling sessions count by themselves.</source>
        <translation>Wichtige Ereignisse mit Datum, unter „Heute“ in Tagen gezählt und im Meilenstein-Diagramm markiert. Dry-Needling-Sitzungen zählen von selbst.</translation>
    </message>
</context>
<context>
    <name>NextAppointmentWidget</name>
    <message>
        <source>Questions…</source>
        <translation>Fragen…</translation>
    </message>
    <message>
        <source>Open the appointment to add or change its questions</source>
        <translation>Öffnen Sie den Termin, um Fragen hinzuzufügen oder zu ändern</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next appointment, {0}</source>
        <translation>Nächster Termin, {0}</translation>
    </message>
    <message>
        <source>{date}{at} with {who}</source>
        <translation>{date}{at} bei {who}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions written down yet.</source>
        <translation>Noch keine Fragen notiert.</translation>
    </message>
</context>
<context>
    <name>NightDetail</name>
    <message>
        <source>&amp;Edit night…</source>
        <translation>Nacht &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Delete night</source>
        <translation>Nacht löschen</translation>
    </message>
    <message>
        <source>Add &amp;symptom…</source>
        <translation>&amp;Symptom hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;intervention…</source>
        <translation>&amp;Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>No leg symptoms logged for this night.</source>
        <translation>Für diese Nacht sind keine Beinbeschwerden eingetragen.</translation>
    </message>
    <message>
        <source>Nothing logged before bed.</source>
        <translation>Vor dem Schlafen nichts eingetragen.</translation>
    </message>
    <message>
        <source>Nothing used during the night.</source>
        <translation>In der Nacht nichts angewendet.</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>Vor dem Schlafen</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinbeschwerden</translation>
    </message>
    <message>
        <source>During the night</source>
        <translation>Während der Nacht</translation>
    </message>
    <message>
        <source>Reactions to symptoms: judged by how fast they eased, never credited or blamed for the night.</source>
        <translation>Reaktionen auf Beschwerden: beurteilt danach, wie schnell sie linderten, nie der Nacht gutgeschrieben oder angelastet.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Choose a night</source>
        <translation>Eine Nacht wählen</translation>
    </message>
    <message>
        <source>Pick a night in the list or the calendar to see it in full.</source>
        <translation>Wählen Sie eine Nacht in der Liste oder im Kalender, um sie ganz zu sehen.</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Nacht vom %1</translation>
    </message>
    <message>
        <source>&amp;Log this night…</source>
        <translation>Diese Nacht &amp;eintragen…</translation>
    </message>
    <message>
        <source>Interventions (no bedtime logged, so not split)</source>
        <translation>Maßnahmen (keine Schlafenszeit eingetragen, daher nicht aufgeteilt)</translation>
    </message>
    <message>
        <source>Missed from your regimen: %1</source>
        <translation>Aus Ihrem Einnahmeplan versäumt: %1</translation>
    </message>
    <message>
        <source>Skipped on purpose: %1</source>
        <translation>Absichtlich ausgelassen: %1</translation>
    </message>
    <message>
        <source>No diary for this night yet.</source>
        <translation>Für diese Nacht gibt es noch keinen Eintrag.</translation>
    </message>
    <message>
        <source>%1 asleep</source>
        <translation>%1 geschlafen</translation>
    </message>
    <message>
        <source>%1% efficiency</source>
        <translation>%1 % Schlafeffizienz</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>keine Symptome</translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n Symptom</numerusform>
            <numerusform>%n Symptome</numerusform>
        </translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>Im Bett</translation>
    </message>
    <message>
        <source>Lights out</source>
        <translation>Licht aus</translation>
    </message>
    <message>
        <source>Fell asleep in</source>
        <translation>Einschlafzeit</translation>
    </message>
    <message>
        <source>Woke in the night</source>
        <translation>Nachts aufgewacht</translation>
    </message>
    <message>
        <source>not once</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1× · %2</source>
        <translation>%1× · %2</translation>
    </message>
    <message>
        <source>Final wake</source>
        <translation>Aufgewacht</translation>
    </message>
    <message>
        <source>Out of bed</source>
        <translation>Aufgestanden</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Zeit im Bett</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Erholt</translation>
    </message>
    <message>
        <source>Leg discomfort</source>
        <translation>Beinbeschwerden</translation>
    </message>
</context>
<context>
    <name>NightDialog</name>
    <message>
        <source>The night of {0}</source>
        <translation>Die Nacht vom {0}</translation>
    </message>
    <message>
        <source>The night that began on the evening of {0}.</source>
        <translation>Die Nacht, die am Abend des {0} begann.</translation>
    </message>
</context>
<context>
    <name>NightForm</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save night</source>
        <translation>Nacht speichern</translation>
    </message>
    <message>
        <source>getting into bed</source>
        <translation>dem Zubettgehen</translation>
    </message>
    <message>
        <source>lights out</source>
        <translation>Licht aus</translation>
    </message>
    <message>
        <source>the final awakening</source>
        <translation>dem endgültigen Aufwachen</translation>
    </message>
    <message>
        <source>({0}) comes before {1} ({2}): check the two times</source>
        <translation>({0}) liegt vor {1} ({2}): Bitte prüfen Sie die beiden Zeiten</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Gespeichert ✓</translation>
    </message>
</context>
<context>
    <name>OptionalMinutes</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>total sleep</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>sleep efficiency</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>minutes awake in the night</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>awakenings</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>sleep quality (1–5)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>feeling rested (1–5)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Erholung (1–5)</translation>
    </message>
    <message>
        <source>leg discomfort (0–10)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Beinbeschwerden (0–10)</translation>
    </message>
    <message>
        <source>symptom events</source>
        <comment>an outcome inside a sentence</comment>
        <translation>Symptom-Ereignisse</translation>
    </message>
    <message>
        <source>worst symptom (0–10)</source>
        <comment>an outcome inside a sentence</comment>
        <translation>stärkstes Symptom (0–10)</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, short</comment>
        <translation>Min.</translation>
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
        <translation>Mit einer Ärztin oder einem Arzt besprechen</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>Put this away: it will not be shown again for this episode. It stays listed in the appointment report.</source>
        <translation>Beiseitelegen: Für diese Episode wird es nicht mehr angezeigt. Im Terminbericht bleibt es aufgeführt.</translation>
    </message>
    <message>
        <source>Please seek care today</source>
        <translation>Bitte holen Sie heute ärztlichen Rat ein</translation>
    </message>
    <message>
        <source>Worth telling your doctor soon</source>
        <translation>Bald Ihrer Ärztin oder Ihrem Arzt erzählen</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Logged on the night of {0}.</source>
        <translation>Für die Nacht vom {0} eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to look at after this one.</source>
        <translation>
            <numerusform>Danach gibt es noch %n weiteren Hinweis.</numerusform>
            <numerusform>Danach gibt es noch %n weitere Hinweise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenCard</name>
    <message>
        <source>Regimens…</source>
        <translation>Einnahmepläne…</translation>
    </message>
    <message>
        <source>Add, change or end what you take on a schedule (Ctrl+Shift+R)</source>
        <translation>Hinzufügen, ändern oder beenden, was Sie nach Plan nehmen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Everything on this evening&apos;s regimen is logged or skipped.</source>
        <translation>Alles aus dem Einnahmeplan für diesen Abend ist eingetragen oder ausgelassen.</translation>
    </message>
    <message>
        <source>Your regimen tonight</source>
        <translation>Ihr Einnahmeplan heute Abend</translation>
    </message>
    <message>
        <source>Untick what you did not take, or mark it skipped; one click logs the rest at their times.</source>
        <translation>Entfernen Sie den Haken bei dem, was Sie nicht genommen haben, oder markieren Sie es als ausgelassen; ein Klick trägt den Rest zu seinen Zeiten ein.</translation>
    </message>
    <message>
        <source>Last evening&apos;s regimen ({0})</source>
        <translation>Einnahmeplan von gestern Abend ({0})</translation>
    </message>
    <message>
        <source>Before bed on {0}. One click logs what is ticked at its time that evening.</source>
        <translation>Vor dem Schlafen am {0}: Ein Klick trägt das Angehakte zu seiner Zeit an diesem Abend ein.</translation>
    </message>
    <message>
        <source>That evening&apos;s regimen</source>
        <translation>Einnahmeplan jenes Abends</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>taken at {0}</source>
        <translation>genommen um {0}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Undo skipping {0}</source>
        <translation>Auslassen von {0} zurücknehmen</translation>
    </message>
    <message>
        <source>Marked skipped on purpose; click to take that back.</source>
        <translation>Als absichtlich ausgelassen markiert; klicken, um das zurückzunehmen.</translation>
    </message>
    <message>
        <source>Skip {0} this evening</source>
        <translation>{0} heute Abend auslassen</translation>
    </message>
    <message>
        <source>Not taking it this evening, on purpose: it is not counted as missed.</source>
        <translation>Heute Abend absichtlich nicht genommen: Es zählt nicht als versäumt.</translation>
    </message>
    <message>
        <source>Ticked items are logged by the button below the list.</source>
        <translation>Angehakte Einträge trägt die Schaltfläche unter der Liste ein.</translation>
    </message>
    <message numerus="yes">
        <source>Log tonight&apos;s regimen (%n item(s))</source>
        <translation>
            <numerusform>Einnahmeplan für heute Abend eintragen (%n Eintrag)</numerusform>
            <numerusform>Einnahmeplan für heute Abend eintragen (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log that evening&apos;s regimen (%n item(s))</source>
        <translation>
            <numerusform>Einnahmeplan jenes Abends eintragen (%n Eintrag)</numerusform>
            <numerusform>Einnahmeplan jenes Abends eintragen (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked to log</source>
        <translation>Nichts zum Eintragen angehakt</translation>
    </message>
    <message numerus="yes">
        <source>Logged %n item(s) of the regimen. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Eintrag des Einnahmeplans eingetragen. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Einträge des Einnahmeplans eingetragen. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {0} skipped for that evening. Ctrl+Z undoes it.</source>
        <translation>{0} für jenen Abend als ausgelassen markiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>{0} is no longer marked skipped.</source>
        <translation>{0} ist nicht mehr als ausgelassen markiert.</translation>
    </message>
</context>
<context>
    <name>RegimenForm</name>
    <message>
        <source>Change a regimen</source>
        <translation>Einen Einnahmeplan ändern</translation>
    </message>
    <message>
        <source>New regimen</source>
        <translation>Neuer Einnahmeplan</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays (Mon–Fri)</source>
        <translation>Werktags (Mo–Fr)</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>before bed</source>
        <translation>vor dem Schlafen</translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes before bed</source>
        <translation>Minuten vor dem Schlafen</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;From the night of</source>
        <translation>&amp;Ab der Nacht vom</translation>
    </message>
    <message>
        <source>&amp;Change from the night of</source>
        <translation>&amp;Ändern ab der Nacht vom</translation>
    </message>
    <message>
        <source>Nights before it keep the regimen as it was (started {0}); the night it started corrects it instead.</source>
        <translation>Nächte davor behalten den Einnahmeplan, wie er war (begonnen am {0}); die Nacht, in der er begann, korrigiert ihn stattdessen.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>must be a number, such as 300 or 0.25</source>
        <translation>muss eine Zahl sein, etwa 300 oder 0,25</translation>
    </message>
    <message>
        <source>is before the regimen started ({0})</source>
        <translation>liegt vor dem Beginn des Einnahmeplans ({0})</translation>
    </message>
</context>
<context>
    <name>RegimensDialog</name>
    <message>
        <source>Regimens</source>
        <translation>Einnahmepläne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Not due from this evening on; past nights keep it (Ctrl+E)</source>
        <translation>Ab heute Abend nicht mehr fällig; vergangene Nächte behalten ihn (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>For one entered by mistake: past nights forget it too</source>
        <translation>Für einen versehentlich angelegten: Auch vergangene Nächte vergessen ihn</translation>
    </message>
    <message>
        <source>What you take or do on a schedule. Today lists each evening&apos;s items to log in one click; the Journal and the report show the doses missed.</source>
        <translation>Was Sie nach Plan nehmen oder tun. „Heute“ listet die Einträge jedes Abends zum Eintragen mit einem Klick; Tagebuch und Bericht zeigen versäumte Einnahmen.</translation>
    </message>
    <message>
        <source>Ended: it is no longer due from this evening on. Ctrl+Z undoes it.</source>
        <translation>Beendet: ab heute Abend ist er nicht mehr fällig. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Deleted; the doses already logged stay. Ctrl+Z brings it back.</source>
        <translation>Gelöscht; die schon eingetragenen Einnahmen bleiben. Strg+Z holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tonight&apos;s remedies</source>
        <translation>Maßnahmen für heute Abend</translation>
    </message>
    <message>
        <source>Nothing is logged for this evening yet. Click to log what you took or did.</source>
        <translation>Für diesen Abend ist noch nichts eingetragen. Klicken Sie, um einzutragen, was Sie genommen oder getan haben.</translation>
    </message>
    <message>
        <source>How did you sleep?</source>
        <translation>Wie haben Sie geschlafen?</translation>
    </message>
    <message>
        <source>The night of {0} is not logged yet. Click to log it.</source>
        <translation>Die Nacht vom {0} ist noch nicht eingetragen. Klicken Sie, um sie einzutragen.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Evening: log tonight&apos;s remedies at</source>
        <translation>&amp;Abends: Maßnahmen eintragen um</translation>
    </message>
    <message>
        <source>&amp;Morning: log last night at</source>
        <translation>&amp;Morgens: letzte Nacht eintragen um</translation>
    </message>
    <message>
        <source>Each reminder comes once, and only when that entry is not logged yet; “Remind me in 30 minutes” asks again later.</source>
        <translation>Jede Erinnerung kommt einmal und nur, wenn der Eintrag noch fehlt; „In 30 Minuten erinnern“ fragt später noch einmal.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so reminders are shown in the window&apos;s status bar while Quiet Legs is open.</source>
        <translation>Diese Arbeitsumgebung hat keinen Benachrichtigungsbereich; Erinnerungen erscheinen daher in der Statusleiste des Fensters, solange Quiet Legs offen ist.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Bericht ab</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Bericht bis</translation>
    </message>
    <message>
        <source>Your name, printed on every page</source>
        <translation>Ihr Name, auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Nights table</source>
        <translation>Nächte-Tabelle</translation>
    </message>
    <message>
        <source>For this visit</source>
        <translation>Für diesen Besuch</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Nights of</source>
        <translation>&amp;Nächte vom</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Na&amp;me on the report</source>
        <translation>Na&amp;me im Bericht</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The first night is after the last one.</source>
        <translation>Die erste Nacht liegt nach der letzten.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting the report together…</source>
        <translation>Der Bericht wird zusammengestellt…</translation>
    </message>
    <message>
        <source>The report could not be put together: {0}</source>
        <translation>Der Bericht konnte nicht zusammengestellt werden: {0}</translation>
    </message>
    <message>
        <source>Sleep and legs report</source>
        <translation>Bericht über Schlaf und Beine</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}.</source>
        <translation>
            <numerusform>%n Seite in {0} gespeichert.</numerusform>
            <numerusform>%n Seiten in {0} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>{0} konnte nicht geschrieben werden ({1}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Quiet Legs backs up your journal on its own: before updates, imports and restores, when you close it, and every 30 minutes while you make changes. It keeps every backup of today, one a day for two weeks, one a week for three months and one a month after that.
Backups are kept in {0}</source>
        <translation>Quiet Legs sichert Ihr Tagebuch von selbst: vor Updates, Importen und Wiederherstellungen, beim Schließen und alle 30 Minuten, während Sie Änderungen machen. Es behält alle Sicherungen von heute, eine pro Tag für zwei Wochen, eine pro Woche für drei Monate und danach eine pro Monat.
Die Sicherungen liegen in {0}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made when you close Quiet Legs after a change, or now with “Back up now”.</source>
        <translation>Es gibt noch keine Sicherungen. Die erste entsteht, wenn Sie Quiet Legs nach einer Änderung schließen, oder jetzt mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>Backed up just now.</source>
        <translation>Gerade gesichert.</translation>
    </message>
    <message>
        <source>nights unknown</source>
        <translation>Anzahl der Nächte unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup from {0} ({1})?

Your journal as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>Die Sicherung vom {0} ({1}) wiederherstellen?

Ihr Tagebuch in seinem jetzigen Stand wird vorher gesichert, sodass Sie aus dieser Liste dorthin zurückkehren können.</translation>
    </message>
    <message>
        <source>The backup was not restored: {0}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {0}. The journal now holds %n night(s).</source>
        <translation>
            <numerusform>Die Sicherung vom {0} wurde wiederhergestellt. Das Tagebuch enthält jetzt %n Nacht.</numerusform>
            <numerusform>Die Sicherung vom {0} wurde wiederhergestellt. Das Tagebuch enthält jetzt %n Nächte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged journal was kept as {0}.</source>
        <translation>Das beschädigte Tagebuch wurde als {0} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your journal as it was is the newest backup in this list.</source>
        <translation>Ihr Tagebuch im vorherigen Stand ist die neueste Sicherung in dieser Liste.</translation>
    </message>
</context>
<context>
    <name>SeverityBox</name>
    <message>
        <source>Choose 0–10</source>
        <translation>0–10 wählen</translation>
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
        <translation>Ein Symptom bearbeiten</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Ein Symptom hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Stärke</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>It woke me up</source>
        <translation>Es hat mich geweckt</translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Preceded by</source>
        <translation>&amp;Vorausgegangen</translation>
    </message>
    <message>
        <source>&amp;Eased by</source>
        <translation>&amp;Gelindert durch</translation>
    </message>
    <message>
        <source>Eased &amp;after</source>
        <translation>Gelindert &amp;nach</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The night of {0} has changes that are not saved yet. Save them?</source>
        <translation>Die Nacht vom {0} hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Saved the night of {0}. Ctrl+Z undoes it.</source>
        <translation>Die Nacht vom {0} ist gespeichert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>woke me</source>
        <translation>hat mich geweckt</translation>
    </message>
    <message>
        <source>eased by {0}</source>
        <translation>gelindert durch {0}</translation>
    </message>
    <message>
        <source> in {0} min</source>
        <translation> in {0} Min.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source> · in the night</source>
        <translation> · in der Nacht</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>{0} — how did you sleep?</source>
        <translation>{0} — wie haben Sie geschlafen?</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Heute Nacht</translation>
    </message>
    <message>
        <source>The night of {0}</source>
        <translation>Die Nacht vom {0}</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>not logged yet</source>
        <translation>noch nicht eingetragen</translation>
    </message>
    <message>
        <source>The night of {0} → {1}, {2}.</source>
        <translation>Die Nacht vom {0} → {1}, {2}.</translation>
    </message>
    <message>
        <source>Deleted the symptom.</source>
        <translation>Das Symptom wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the intervention.</source>
        <translation>Die Maßnahme wurde gelöscht.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>WhenInNight</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>On the night of</source>
        <translation>In der Nacht vom</translation>
    </message>
    <message>
        <source>The night that began on the evening of this date</source>
        <translation>Die Nacht, die am Abend dieses Datums begann</translation>
    </message>
    <message>
        <source>on the night of</source>
        <translation>in der Nacht vom</translation>
    </message>
    <message>
        <source>{0}: that counts for the night of {1}</source>
        <translation>{0}: Das zählt für die Nacht vom {1}</translation>
    </message>
    <message>
        <source>{0}, before bed</source>
        <translation>{0}, vor dem Schlafen</translation>
    </message>
    <message>
        <source>{0}, in the night</source>
        <translation>{0}, in der Nacht</translation>
    </message>
    <message>
        <source>{0} (the night is not logged yet)</source>
        <translation>{0} (die Nacht ist noch nicht eingetragen)</translation>
    </message>
</context>
<context>
    <name>start_refusal</name>
    <message>
        <source>Quiet Legs did not open, and changed nothing.</source>
        <translation>Quiet Legs wurde nicht geöffnet und hat nichts verändert.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>A cramp lasted more than 10 minutes. Cramps this long are worth telling your doctor about soon; if one lasts this long again or is unbearable, seek care straight away.</source>
        <translation>Ein Krampf dauerte länger als 10 Minuten. So lange Krämpfe sollten Sie bald Ihrer Ärztin oder Ihrem Arzt erzählen; dauert wieder einer so lange oder ist er unerträglich, holen Sie sofort Hilfe.</translation>
    </message>
    <message>
        <source>A cramp longer than 10 minutes</source>
        <translation>Ein Krampf länger als 10 Minuten</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Cramp / charley horse</source>
        <translation>Krampf / Wadenkrampf</translation>
    </message>
    <message>
        <source>Dehydration</source>
        <translation>Flüssigkeitsmangel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>Fasten</translation>
    </message>
    <message>
        <source>Feeling rested (1–5)</source>
        <translation>Erholt gefühlt (1–5)</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Kicks in sleep</source>
        <translation>Zucken im Schlaf</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Left shin</source>
        <translation>Linkes Schienbein</translation>
    </message>
    <message>
        <source>Left thigh (back)</source>
        <translation>Linker Oberschenkel (hinten)</translation>
    </message>
    <message>
        <source>Left thigh (front)</source>
        <translation>Linker Oberschenkel (vorne)</translation>
    </message>
    <message>
        <source>Leg discomfort (0–10)</source>
        <translation>Beinbeschwerden (0–10)</translation>
    </message>
    <message>
        <source>Leg discomfort has been rising for two weeks or more although remedies were used most nights. Worth telling your doctor soon: the plan may need a change.</source>
        <translation>Die Beinbeschwerden nehmen seit zwei Wochen oder länger zu, obwohl in den meisten Nächten Maßnahmen angewendet wurden. Erzählen Sie es bald Ihrer Ärztin oder Ihrem Arzt: Vielleicht muss der Plan angepasst werden.</translation>
    </message>
    <message>
        <source>Leg discomfort rising despite remedies</source>
        <translation>Beinbeschwerden nehmen trotz Maßnahmen zu</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Needling soreness usually settles by now, about 72 hours after the session.</source>
        <translation>Muskelkater nach dem Needling klingt meist jetzt ab, etwa 72 Stunden nach der Sitzung.</translation>
    </message>
    <message>
        <source>Numbness / tingling</source>
        <translation>Taubheit / Kribbeln</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Pain / aching</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Right shin</source>
        <translation>Rechtes Schienbein</translation>
    </message>
    <message>
        <source>Right thigh (back)</source>
        <translation>Rechter Oberschenkel (hinten)</translation>
    </message>
    <message>
        <source>Right thigh (front)</source>
        <translation>Rechter Oberschenkel (vorne)</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Some remedies, iron among them, act over weeks: judge them over weeks, not nights.</source>
        <translation>Manche Maßnahmen, etwa Eisen, wirken über Wochen: Beurteilen Sie sie über Wochen, nicht über Nächte.</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Muskelkater</translation>
    </message>
    <message>
        <source>Soreness after dry needling usually peaks within 24–48 hours and settles by 72.</source>
        <translation>Muskelkater nach Dry Needling ist meist nach 24–48 Stunden am stärksten und nach 72 Stunden abgeklungen.</translation>
    </message>
    <message>
        <source>Soreness more than 72 hours after dry needling</source>
        <translation>Muskelkater mehr als 72 Stunden nach Dry Needling</translation>
    </message>
    <message>
        <source>Soreness was still logged more than 72 hours after a dry-needling session; it usually settles within 72 hours. Worth telling your practitioner or doctor soon, sooner if the spot is red, warm or swollen, or you have a fever.</source>
        <translation>Mehr als 72 Stunden nach einer Dry-Needling-Sitzung wurde noch Muskelkater eingetragen; meist klingt er innerhalb von 72 Stunden ab. Erzählen Sie es bald Ihrer Therapeutin, Ihrem Therapeuten oder Ihrer Ärztin bzw. Ihrem Arzt, früher, wenn die Stelle rot, warm oder geschwollen ist oder Sie Fieber haben.</translation>
    </message>
    <message>
        <source>Spasm / twitching</source>
        <translation>Krampfartiges Zucken</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Started a remedy or medicine</source>
        <translation>Eine Maßnahme oder ein Medikament begonnen</translation>
    </message>
    <message>
        <source>Stopped (withdrawal)</source>
        <translation>Abgesetzt (Entzug)</translation>
    </message>
    <message>
        <source>Stopped something (withdrawal)</source>
        <translation>Etwas abgesetzt (Entzug)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth</source>
        <translation>Schwellung, Rötung oder Wärme</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth in one leg</source>
        <translation>Schwellung, Rötung oder Wärme in einem Bein</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth was logged in one leg. In one leg this should be checked the same day, so that a blood clot can be ruled out: please seek care today. If you are short of breath or have chest pain, call emergency services.</source>
        <translation>In einem Bein wurde Schwellung, Rötung oder Wärme eingetragen. In nur einem Bein sollte das noch am selben Tag untersucht werden, damit ein Blutgerinnsel ausgeschlossen werden kann: Bitte holen Sie heute ärztlichen Rat ein. Wenn Sie Atemnot oder Brustschmerzen haben, rufen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Symptom events</source>
        <translation>Symptom-Ereignisse</translation>
    </message>
    <message>
        <source>Symptoms that linger this long are worth telling your doctor about.</source>
        <translation>Beschwerden, die so lange anhalten, sollten Sie Ihrer Ärztin oder Ihrem Arzt erzählen.</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Therapy session or course</source>
        <translation>Therapiesitzung oder -reihe</translation>
    </message>
    <message>
        <source>Thigh (back)</source>
        <translation>Oberschenkel (hinten)</translation>
    </message>
    <message>
        <source>Thigh (front)</source>
        <translation>Oberschenkel (vorne)</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Urge to move (RLS)</source>
        <translation>Bewegungsdrang (RLS)</translation>
    </message>
    <message>
        <source>Weakness or imbalance</source>
        <translation>Schwäche oder Unsicherheit beim Gehen</translation>
    </message>
    <message>
        <source>Weakness or numbness with spasms or cramps</source>
        <translation>Schwäche oder Taubheit mit Zucken oder Krämpfen</translation>
    </message>
    <message>
        <source>Weakness, numbness or imbalance was logged together with spasms or cramps. This is worth telling your doctor soon, so that the nerves can be checked.</source>
        <translation>Schwäche, Taubheit oder Unsicherheit wurde zusammen mit Zucken oder Krämpfen eingetragen. Erzählen Sie es bald Ihrer Ärztin oder Ihrem Arzt, damit die Nerven untersucht werden können.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms usually ease over days to weeks.</source>
        <translation>Entzugsbeschwerden lassen meist über Tage bis Wochen nach.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms usually peak at 48–72 hours: this is often the hardest stretch.</source>
        <translation>Entzugsbeschwerden sind meist nach 48–72 Stunden am stärksten: Das ist oft die schwerste Zeit.</translation>
    </message>
    <message>
        <source>Withdrawal symptoms, restless legs among them, usually begin within 24–48 hours.</source>
        <translation>Entzugsbeschwerden, darunter unruhige Beine, beginnen meist innerhalb von 24–48 Stunden.</translation>
    </message>
    <message>
        <source>Worst symptom (0–10)</source>
        <translation>Stärkstes Symptom (0–10)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>cannot be before the experiment began</source>
        <translation>darf nicht vor dem Beginn des Experiments liegen</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>contains a NUL character (\x00), which is not text</source>
        <translation>enthält ein NUL-Zeichen (\x00), das kein Text ist</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>holds a night outside the time the regimen was in force</source>
        <translation>enthält eine Nacht außerhalb der Zeit, in der der Einnahmeplan galt</translation>
    </message>
    <message>
        <source>is before getting into bed</source>
        <translation>liegt vor dem Zubettgehen</translation>
    </message>
    <message>
        <source>is before lights out: the wake time must come after trying to sleep</source>
        <translation>liegt vor dem Licht-aus: Das Aufwachen muss nach dem Einschlafversuch kommen</translation>
    </message>
    <message>
        <source>is before the final awakening</source>
        <translation>liegt vor dem endgültigen Aufwachen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wird benötigt</translation>
    </message>
    <message>
        <source>is required (for example “stopped kratom”)</source>
        <translation>wird benötigt (zum Beispiel „Kratom abgesetzt“)</translation>
    </message>
    <message>
        <source>is required: the first night of the experiment</source>
        <translation>wird benötigt: die erste Nacht des Experiments</translation>
    </message>
    <message>
        <source>is required: what is taken or done, a kind of the catalog</source>
        <translation>wird benötigt: was genommen oder getan wird, eine Art aus dem Katalog</translation>
    </message>
    <message>
        <source>is required: who the appointment is with</source>
        <translation>wird benötigt: bei wem der Termin ist</translation>
    </message>
    <message>
        <source>is too early: minutes to fall asleep plus minutes awake are more than the time from lights out to the final awakening</source>
        <translation>ist zu früh: Minuten bis zum Einschlafen plus wache Minuten sind mehr als die Zeit vom Licht-aus bis zum endgültigen Aufwachen</translation>
    </message>
    <message>
        <source>lists a kind twice</source>
        <translation>nennt eine Art doppelt</translation>
    </message>
    <message>
        <source>lists a place twice</source>
        <translation>nennt eine Stelle doppelt</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <source>makes the time in bed longer than 20 hours</source>
        <translation>macht die Zeit im Bett länger als 20 Stunden</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>must be 1–40 lowercase letters, digits or underscores</source>
        <translation>muss aus 1–40 Kleinbuchstaben, Ziffern oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <source>must be a clock time such as 21:00</source>
        <translation>muss eine Uhrzeit sein, etwa 21:00</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>muss ein Datum sein</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a time of day like 10:30</source>
        <translation>muss eine Uhrzeit sein, etwa 10:30</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be dates</source>
        <translation>müssen Daten sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>must name at least one day of the week</source>
        <translation>muss mindestens einen Wochentag nennen</translation>
    </message>
    <message>
        <source>needs either a clock time or minutes before bed, not both</source>
        <translation>braucht entweder eine Uhrzeit oder Minuten vor dem Schlafen, nicht beides</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>beim Schließen</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>well</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>while in use</source>
        <translation>während der Nutzung</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>cannot be changed on a built-in kind: {0} is {1}, not {2} (make a kind of your own for that)</source>
        <translation>lässt sich bei einer eingebauten Art nicht ändern: {0} ist {1}, nicht {2} (legen Sie dafür eine eigene Art an)</translation>
    </message>
    <message>
        <source>has more than {0} questions</source>
        <translation>hat mehr als {0} Fragen</translation>
    </message>
    <message>
        <source>is before the appointment itself ({0})</source>
        <translation>liegt vor dem Termin selbst ({0})</translation>
    </message>
    <message>
        <source>is before the regimen started ({0})</source>
        <translation>liegt vor dem Beginn des Einnahmeplans ({0})</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>ist länger als {0} Zeichen</translation>
    </message>
    <message>
        <source>must be 1–{0} characters</source>
        <translation>muss 1–{0} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to {0}</source>
        <translation>muss eine ganze Zahl von Minuten zwischen 0 und {0} sein</translation>
    </message>
    <message>
        <source>must be at most {0} (it is {1})</source>
        <translation>darf höchstens {0} sein (es ist {1})</translation>
    </message>
    <message>
        <source>must be between noon on {0} and noon the next day (it is {1})</source>
        <translation>muss zwischen 12 Uhr am {0} und 12 Uhr am nächsten Tag liegen (es ist {1})</translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation>muss eines davon sein: {0}</translation>
    </message>
    <message>
        <source>must be one of {0} (it is {1})</source>
        <translation>muss eines davon sein: {0} (es ist {1})</translation>
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
        <translation>überschneidet sich mit der Nacht vom {0} ({1} bis {2})</translation>
    </message>
    <message>
        <source>question {0} is empty</source>
        <translation>Frage {0} ist leer</translation>
    </message>
    <message>
        <source>question {0} is longer than {1} characters</source>
        <translation>Frage {0} ist länger als {1} Zeichen</translation>
    </message>
    <message>
        <source>question {0} {1}</source>
        <translation>Frage {0} {1}</translation>
    </message>
    <message>
        <source>the experiment would end after the last date a journal can hold ({0})</source>
        <translation>das Experiment würde nach dem letzten Datum enden, das ein Tagebuch fassen kann ({0})</translation>
    </message>
    <message>
        <source>the night of {0} is already logged</source>
        <translation>die Nacht vom {0} ist schon eingetragen</translation>
    </message>
    <message>
        <source>unknown kind {0}; use a kind from the catalog</source>
        <translation>unbekannte Art {0}; wählen Sie eine Art aus dem Katalog</translation>
    </message>
    <message>
        <source>unknown outcome {0}; choose one of {1}</source>
        <translation>unbekannte Messgröße {0}; wählen Sie eine davon: {1}</translation>
    </message>
    <message>
        <source>{0} is neither built in nor in the catalog</source>
        <translation>{0} ist weder eingebaut noch im Katalog</translation>
    </message>
    <message>
        <source>{0} is not a known place on the body</source>
        <translation>{0} ist keine bekannte Körperstelle</translation>
    </message>
    <message>
        <source>{0} is not an intervention kind in the catalog</source>
        <translation>{0} ist keine Art von Maßnahme im Katalog</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} ist keines davon: {1}</translation>
    </message>
</context>
</TS>
