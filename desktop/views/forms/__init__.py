"""Forms: the generic entity form, the delivery form, the filter builder, the options editor.

Importing the package registers the campaign form (with its Dashboard, Budget and History
tabs) as the opener of "campaign" objects, the stock form (with its Levels tab) of "stock",
and the template form of "delivery_template" ones. Deliveries open in their dashboard
(views.dashboard), which holds the delivery form; each kind has one opener, whatever the
order modules load in.
"""

from desktop.views.forms import campaign_form as _campaign_form  # noqa: F401  (registers)
from desktop.views.forms import (  # noqa: F401  (registers)
    delivery_template_form as _delivery_template_form,
)
from desktop.views.forms import stock_form as _stock_form  # noqa: F401  (registers)
