"""Forms: the generic entity form, the delivery form, the filter builder, the options editor.

Importing the package registers the delivery form as the opener of "delivery" objects,
and the campaign form (with its History tab) as the opener of "campaign" objects.
"""

from desktop.views.forms import campaign_form as _campaign_form  # noqa: F401  (registers)
from desktop.views.forms import delivery_form as _delivery_form  # noqa: F401  (registers)
