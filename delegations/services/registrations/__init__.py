"""Registrations: delegates in and out of spreadsheets — import with a preview, export, template.

Use cases (each owns its transaction): `importing.preview_import`, `replan_import`,
`apply_import`, `import_file`; `exporting.export_registrations`, `save_template`.

Import, in the order a file goes through it:
  sheets, workbooks, csv_files   a file opened as raw sheets, or one sentence why not
  column_matching, columns       the header row and what each column is
  reading, cells, dates          rows read and cleaned, bad cells named (`parsed`)
  event_index, planning          rows matched to the event's delegations and people
  applying                       the plan written; `report` says what was done

Nothing is imported here, so that the command line loads only what a command uses.
"""
