"""How many rows a column sized "to its contents" measures.

Qt measures up to 1,000 rows per column each time a list changes, calling the model for every
cell on the GUI thread; a sample of the first rows gives the same widths for lists whose rows
look alike, and keeps the window from waiting on long lists.
"""

SIZE_SAMPLE_ROWS = 50
