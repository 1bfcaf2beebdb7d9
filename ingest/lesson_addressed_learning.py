"""Ingest stage: lesson segmentation, the final clean-up's reading of learning addressed to a body.

"Learning for national bodies" with each body a sub-heading over its item ("Ofsted" / "Ofsted should
consider ..."): an item under an addressee's sub-heading whose sentence opens by naming that addressee and
asking something of it is a recommendation to it, whatever the section calls it. Learning under an agency's
sub-heading that does not open on the agency's ask ("Police" / "Officers did not ...") stays learning.
"""

from __future__ import annotations

import re

# The ask after the addressee's name: "should", "must", "needs to".
_ASK = re.compile(r"^(?:should|must|needs?\s+to|is\s+asked\s+to)\b", re.I)


def asked_of_its_agency(kind: str, agency: str, text: str) -> bool:
    """Whether a learning item is in truth a recommendation to the agency its sub-heading names: its
    text opens on that agency's name ("The Department for Education should ...") and an ask."""
    if kind != "learning_point" or not agency.strip():
        return False
    who = re.sub(r"^the\s+", "", agency.strip(), flags=re.I)
    body = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    if not body.lower().startswith(who.lower()):
        return False
    return bool(_ASK.match(body[len(who) :].lstrip()))
