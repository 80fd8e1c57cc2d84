<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location line="+0" />
        <source>%n night(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Restored the backup from {0}. The journal now holds %n night(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    </context>
</TS>