<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message numerus="yes">
        <source>%n night(s) logged; average {0}, best {1} on {2}, worst {3} on {4}.</source>
        <translation>
            <numerusform>%n night logged; average {0}, best {1} on {2}, worst {3} on {4}.</numerusform>
            <numerusform>%n nights logged; average {0}, best {1} on {2}, worst {3} on {4}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How each thing you tried lines up with {0}, {1}: %n finding(s), said in words in the list beside the chart.</source>
        <translation>
            <numerusform>How each thing you tried lines up with {0}, {1}: %n finding, said in words in the list beside the chart.</numerusform>
            <numerusform>How each thing you tried lines up with {0}, {1}: %n findings, said in words in the list beside the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When in the night symptoms started, {0}: %n symptom(s), most often between {1}:00 and {2}:00.</source>
        <translation>
            <numerusform>When in the night symptoms started, {0}: %n symptom, most often between {1}:00 and {2}:00.</numerusform>
            <numerusform>When in the night symptoms started, {0}: %n symptoms, most often between {1}:00 and {2}:00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where on the legs symptoms were felt, {0}: most often {1} (%n time(s)).</source>
        <translation>
            <numerusform>Where on the legs symptoms were felt, {0}: most often {1} (%n time).</numerusform>
            <numerusform>Where on the legs symptoms were felt, {0}: most often {1} (%n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes to relief in the night by what was used, {0}: %n symptom(s) eased; fastest on average {1}, {2} min.</source>
        <translation>
            <numerusform>Minutes to relief in the night by what was used, {0}: %n symptom eased; fastest on average {1}, {2} min.</numerusform>
            <numerusform>Minutes to relief in the night by what was used, {0}: %n symptoms eased; fastest on average {1}, {2} min.</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%1 pairs of %2-night periods on and off %3 with %n washout night(s) before each switch, the order within each pair drawn at random; nights of %4 to %5.</source>
        <translation>
            <numerusform>%1 pairs of %2-night periods on and off %3 with %n washout night before each switch, the order within each pair drawn at random; nights of %4 to %5.</numerusform>
            <numerusform>%1 pairs of %2-night periods on and off %3 with %n washout nights before each switch, the order within each pair drawn at random; nights of %4 to %5.</numerusform>
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
    <name>Findings</name>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) higher</source>
        <translation>
            <numerusform>your sleep efficiency was %1 point higher</numerusform>
            <numerusform>your sleep efficiency was %1 points higher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your sleep efficiency was %1 point(s) lower</source>
        <translation>
            <numerusform>your sleep efficiency was %1 point lower</numerusform>
            <numerusform>your sleep efficiency was %1 points lower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 more time(s)</source>
        <translation>
            <numerusform>you woke %1 more time</numerusform>
            <numerusform>you woke %1 more times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you woke %1 fewer time(s)</source>
        <translation>
            <numerusform>you woke %1 fewer time</numerusform>
            <numerusform>you woke %1 fewer times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) better</source>
        <translation>
            <numerusform>you rated your sleep %1 point better</numerusform>
            <numerusform>you rated your sleep %1 points better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you rated your sleep %1 point(s) worse</source>
        <translation>
            <numerusform>you rated your sleep %1 point worse</numerusform>
            <numerusform>you rated your sleep %1 points worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) more rested</source>
        <translation>
            <numerusform>you felt %1 point more rested</numerusform>
            <numerusform>you felt %1 points more rested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you felt %1 point(s) less rested</source>
        <translation>
            <numerusform>you felt %1 point less rested</numerusform>
            <numerusform>you felt %1 points less rested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) more uncomfortable</source>
        <translation>
            <numerusform>your legs were %1 point more uncomfortable</numerusform>
            <numerusform>your legs were %1 points more uncomfortable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your legs were %1 point(s) calmer</source>
        <translation>
            <numerusform>your legs were %1 point calmer</numerusform>
            <numerusform>your legs were %1 points calmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 more symptom event(s)</source>
        <translation>
            <numerusform>you had %1 more symptom event</numerusform>
            <numerusform>you had %1 more symptom events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you had %1 fewer symptom event(s)</source>
        <translation>
            <numerusform>you had %1 fewer symptom event</numerusform>
            <numerusform>you had %1 fewer symptom events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) more severe</source>
        <translation>
            <numerusform>your worst symptom was %1 point more severe</numerusform>
            <numerusform>your worst symptom was %1 points more severe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your worst symptom was %1 point(s) milder</source>
        <translation>
            <numerusform>your worst symptom was %1 point milder</numerusform>
            <numerusform>your worst symptom was %1 points milder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) with, %1 without</source>
        <translation>
            <numerusform>%n night with, %1 without</numerusform>
            <numerusform>%n nights with, %1 without</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: too few nights to tell yet (%2 with it); %n more night(s) with it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: too few nights to tell yet (%2 with it); %n more night with it would allow a first estimate.</numerusform>
            <numerusform>%1: too few nights to tell yet (%2 with it); %n more nights with it would allow a first estimate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used on nearly every night (%2 without it), so there is nothing to compare with; %n more night(s) without it would allow a first estimate.</source>
        <translation>
            <numerusform>%1: used on nearly every night (%2 without it), so there is nothing to compare with; %n more night without it would allow a first estimate.</numerusform>
            <numerusform>%1: used on nearly every night (%2 without it), so there is nothing to compare with; %n more nights without it would allow a first estimate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a hint, not yet clear: %2 on average (%3), but with %n comparison(s) made a difference this size can turn up by chance (%4).</source>
        <translation>
            <numerusform>%1: a hint, not yet clear: %2 on average (%3), but with %n comparison made a difference this size can turn up by chance (%4).</numerusform>
            <numerusform>%1: a hint, not yet clear: %2 on average (%3), but with %n comparisons made a difference this size can turn up by chance (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After four weeks of %1 every night, against four weeks without, %2 (%3; %n night(s) after mostly-%1 weeks, %4 after others).</source>
        <translation>
            <numerusform>After four weeks of %1 every night, against four weeks without, %2 (%3; %n night after mostly-%1 weeks, %4 after others).</numerusform>
            <numerusform>After four weeks of %1 every night, against four weeks without, %2 (%3; %n nights after mostly-%1 weeks, %4 after others).</numerusform>
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