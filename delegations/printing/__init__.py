"""ReportLab only: fonts and shaping, badge layouts and sheets, the programme booklet.

Never imports the event file (`delegations.store`) nor Qt: callers hand in plain read models.
"""
