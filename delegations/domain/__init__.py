"""Tables and pure rules; imports neither Qt nor the event file."""
