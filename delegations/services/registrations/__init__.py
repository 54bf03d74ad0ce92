"""Registrations: delegates in and out of spreadsheets — import with a preview, export, template."""
