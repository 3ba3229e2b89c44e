"""The cascade: facilities, people and their postings, mentors and where they mentor."""
