"""Icons and compiled translations, installed as the data package mentoroffice.resources."""
