<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaExchange</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/exchange.py" line="+45"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln session written to {path}.</numerusform>
            <numerusform>%Ln sessions written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln room</numerusform>
            <numerusform>%Ln rooms</numerusform>
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
        <location line="+11"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/tab.py" line="+287"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}: %Ln session</numerusform>
            <numerusform>{day}: %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>%Ln session this day</numerusform>
            <numerusform>%Ln sessions this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln session</numerusform>
            <numerusform>Showing {shown} of %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+225"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>Delete %Ln session</numerusform>
            <numerusform>Delete %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>Delete %Ln session?</numerusform>
            <numerusform>Delete %Ln sessions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/badges/dialogs.py" line="+590"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln badge</numerusform>
            <numerusform>%Ln badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+390"/>
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
    <name>ChangesDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/versions.py" line="+180"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>%Ln change since version {number}:</numerusform>
            <numerusform>%Ln changes since version {number}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/checkin/tab.py" line="+515"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>Admit the %Ln waiting member of {delegation}?</numerusform>
            <numerusform>Admit all %Ln waiting members of {delegation}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} and %Ln other are no longer checked in.</numerusform>
            <numerusform>{name} and %Ln others are no longer checked in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+46"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/checkin/counters.py" line="+331"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>Wrote %Ln name to {path}</numerusform>
            <numerusform>Wrote %Ln names to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>Sent %Ln page to {printer}</numerusform>
            <numerusform>Sent %Ln pages to {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/delegations/tab.py" line="+355"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>Reading %Ln delegate…</numerusform>
            <numerusform>Reading %Ln delegates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln delegate</numerusform>
            <numerusform>%Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} of %Ln delegate</numerusform>
            <numerusform>{shown} of %Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln delegate</numerusform>
            <numerusform>Showing {shown} of %Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln delegate? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln delegates? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the delegation “{name}” and its %Ln member? This cannot be undone.</numerusform>
            <numerusform>Delete the delegation “{name}” and its %Ln members? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+186"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>Exported %Ln check-in entry to {path}.</numerusform>
            <numerusform>Exported %Ln check-in entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+267"/>
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
    <name>LayoutsDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+160"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n per page</numerusform>
            <numerusform>%n per page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/travel/dialog.py" line="+104"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>One of %n leg: the first, the others are kept.</numerusform>
            <numerusform>One of %n legs: the first, the others are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>One of %n leg: the last, the others are kept.</numerusform>
            <numerusform>One of %n legs: the last, the others are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/main_window.py" line="+212"/>
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
<context>
    <name>NameOrderActions</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/delegations/name_order.py" line="+305"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>Changed the name order of %Ln member of {delegation}.</numerusform>
            <numerusform>Changed the name order of %Ln members of {delegation}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message numerus="yes">
        <location line="-147"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>Change %Ln name</numerusform>
            <numerusform>Change %Ln names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>of %Ln member</numerusform>
            <numerusform>of %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>%Ln {of_members} changes:</numerusform>
            <numerusform>%Ln {of_members} change:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+138"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln page, {paper}, printed at 100 % on paper of the same size.</numerusform>
            <numerusform>%Ln pages, {paper}, printed at 100 % on paper of the same size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/versions.py" line="+138"/>
        <source>The errata (%Ln change(s)) are in {path}.</source>
        <translation>
            <numerusform>The errata (%Ln change) are in {path}.</numerusform>
            <numerusform>The errata (%Ln changes) are in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/agenda/rooms.py" line="+102"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/speakers/tab.py" line="+278"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln speaker</numerusform>
            <numerusform>Showing {shown} of %Ln speakers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message numerus="yes">
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+103"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>Offline — admitting on this laptop; %n admission to send</numerusform>
            <numerusform>Offline — admitting on this laptop; %n admissions to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>Back online — %n sent</numerusform>
            <numerusform>Back online — %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>, %n admitted twice</numerusform>
            <numerusform>, %n admitted twice</numerusform>
        </translation>
    </message>
</context>
</TS>
