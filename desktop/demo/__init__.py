"""The demo data builder: a database that looks like a marketing team's after a
few months of work. Not the domain; its literal data lives in resources/demo.
"""
