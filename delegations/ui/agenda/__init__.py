"""The Agenda tab and what it opens: the day grid, the session list, the conflicts panel, the
undoable commands, the session and rooms forms, programme versions, export and import, and the
Agenda menu."""
