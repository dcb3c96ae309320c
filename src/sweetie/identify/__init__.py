"""The identify part (see DESIGN.md): identifiers people disclose, linked into subjects.

Only from captured chat text (hard rule 3); stored encrypted with a keyed blind index.
"""

from sweetie.identify.crypto import IdentityKey, load_identity_key
from sweetie.identify.extract import extract, find_all
from sweetie.identify.jurisdiction import Jurisdictions, jurisdiction_of
from sweetie.identify.linking import Linking, link_accounts, suggestions
from sweetie.identify.step import SUBJECT_LINK, IdentifyStep
from sweetie.identify.vault import IdentifierVault, mask

__all__ = [
    "SUBJECT_LINK",
    "IdentifierVault",
    "IdentifyStep",
    "IdentityKey",
    "Jurisdictions",
    "Linking",
    "extract",
    "find_all",
    "jurisdiction_of",
    "link_accounts",
    "load_identity_key",
    "mask",
    "suggestions",
]
