<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookletDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+295"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>%Ln door sheet</numerusform>
            <numerusform>%Ln door sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages} on %Ln A4 side</numerusform>
            <numerusform>{pages} on %Ln A4 sides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+524"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln row has errors and will not be imported; correct it in the file and import it again to add it.</numerusform>
            <numerusform>%Ln rows have errors and will not be imported; correct them in the file and import it again to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/main_window.py" line="+182"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln delegate</numerusform>
            <numerusform>%Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
