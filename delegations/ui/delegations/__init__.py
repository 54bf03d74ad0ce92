"""The Delegations tab: delegations and their members, their forms, the name order of a
whole delegation, and the badge actions on the members' table.

`tab.DelegationsTab` is the tab; `forms` holds the delegation and delegate forms.
"""
