"""Facility outcome indicators: values, run charts and their signals."""
