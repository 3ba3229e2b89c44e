"""The checklist forms (*.toml), installed as the data package mentoroffice.forms."""
