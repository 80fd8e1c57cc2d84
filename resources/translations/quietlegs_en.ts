<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message numerus="yes">
        <source>%n night(s) will be added.</source>
        <translation>
            <numerusform>%n night will be added.</numerusform>
            <numerusform>%n nights will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) will be added.</source>
        <translation>
            <numerusform>%n intervention will be added.</numerusform>
            <numerusform>%n interventions will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of nights recorded in pieces will be joined into their nights.</source>
        <translation>
            <numerusform>%n part of a night recorded in pieces will be joined into its night.</numerusform>
            <numerusform>%n parts of nights recorded in pieces will be joined into their nights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) will be added.</source>
        <translation>
            <numerusform>%n symptom will be added.</numerusform>
            <numerusform>%n symptoms will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) will be added.</source>
        <translation>
            <numerusform>%n appointment will be added.</numerusform>
            <numerusform>%n appointments will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kind(s) will be added.</source>
        <translation>
            <numerusform>%n new kind will be added.</numerusform>
            <numerusform>%n new kinds will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n night already in your journal will be replaced.</numerusform>
            <numerusform>%n nights already in your journal will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n symptom already in your journal will be replaced.</numerusform>
            <numerusform>%n symptoms already in your journal will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n intervention already in your journal will be replaced.</numerusform>
            <numerusform>%n interventions already in your journal will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) already in your journal will be replaced.</source>
        <translation>
            <numerusform>%n appointment already in your journal will be replaced.</numerusform>
            <numerusform>%n appointments already in your journal will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned experiment(s)</source>
        <translation>
            <numerusform>%n planned experiment</numerusform>
            <numerusform>%n planned experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n symptom</numerusform>
            <numerusform>%n symptoms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal now holds %n night(s).</source>
        <translation>
            <numerusform>Your journal now holds %n night.</numerusform>
            <numerusform>Your journal now holds %n nights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The first ones:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found. The first ones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details… lists them all).</source>
        <translation>
            <numerusform>… and %n more (Show Details… lists them all).</numerusform>
            <numerusform>… and %n more (Show Details… lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {0} and holds %n night(s). Restore it and carry on?</source>
        <translation>
            <numerusform>The newest good backup is from {0} and holds %n night. Restore it and carry on?</numerusform>
            <numerusform>The newest good backup is from {0} and holds %n nights. Restore it and carry on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup from {0} is now your journal (%n night(s)).</source>
        <translation>
            <numerusform>The backup from {0} is now your journal (%n night).</numerusform>
            <numerusform>The backup from {0} is now your journal (%n nights).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h before bed</source>
        <translation>
            <numerusform>%n h before bed</numerusform>
            <numerusform>%n h before bed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before bed</source>
        <translation>
            <numerusform>%n min before bed</numerusform>
            <numerusform>%n min before bed</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used once</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message numerus="yes">
        <source>%n washout night(s) before each switch ({0} in all).</source>
        <translation>
            <numerusform>%n washout night before each switch ({0} in all).</numerusform>
            <numerusform>%n washout nights before each switch ({0} in all).</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ExperimentResultDialog</name>
    <message numerus="yes">
        <source>{0} of %n night(s) each, from the night of {1} to the night of {2}.</source>
        <translation>
            <numerusform>{0} of %n night each, from the night of {1} to the night of {2}.</numerusform>
            <numerusform>{0} of %n nights each, from the night of {1} to the night of {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <source>%1 · %n night(s) logged</source>
        <translation>
            <numerusform>%1 · %n night logged</numerusform>
            <numerusform>%1 · %n nights logged</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n night(s)</source>
        <translation>
            <numerusform>%1 of %n night</numerusform>
            <numerusform>%1 of %n nights</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>NextAppointmentWidget</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>NightDetail</name>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n symptom</numerusform>
            <numerusform>%n symptoms</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>RedFlagBanner</name>
    <message numerus="yes">
        <source>%n more to look at after this one.</source>
        <translation>
            <numerusform>%n more to look at after this one.</numerusform>
            <numerusform>%n more to look at after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenCard</name>
    <message numerus="yes">
        <source>Log tonight's regimen (%n item(s))</source>
        <translation>
            <numerusform>Log tonight's regimen (%n item)</numerusform>
            <numerusform>Log tonight's regimen (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log that evening's regimen (%n item(s))</source>
        <translation>
            <numerusform>Log that evening's regimen (%n item)</numerusform>
            <numerusform>Log that evening's regimen (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n item(s) of the regimen. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Logged %n item of the regimen. Ctrl+Z undoes it.</numerusform>
            <numerusform>Logged %n items of the regimen. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}.</source>
        <translation>
            <numerusform>Saved %n page to {0}.</numerusform>
            <numerusform>Saved %n pages to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {0}. The journal now holds %n night(s).</source>
        <translation>
            <numerusform>Restored the backup from {0}. The journal now holds %n night.</numerusform>
            <numerusform>Restored the backup from {0}. The journal now holds %n nights.</numerusform>
        </translation>
    </message>
    </context>
</TS>