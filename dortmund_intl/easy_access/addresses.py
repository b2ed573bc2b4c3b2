"""The fixed addresses the header and the Leichte-Sprache start page link to.

The header of every German page links these two pages without a query. Their pages
live at these addresses in the demo and in production; should an editor move one, the
page layer's automatic 301 forwards keep the header links working.
"""

EASY_READ_PATH = "/de/leichte-sprache/"
SIGN_LANGUAGE_PATH = "/de/gebaerdensprache/"
