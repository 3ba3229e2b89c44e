"""The figures the office reports, each defined once: reports and DHIS2 exports share them."""
