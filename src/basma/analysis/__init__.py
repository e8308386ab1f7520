"""Analysis over stored events: dyads over time, networks, footprints, shifts and stories."""

from basma.analysis.relations import dyads, footprint, network, shifts
from basma.analysis.stories import refresh_stories

__all__ = ["dyads", "footprint", "network", "refresh_stories", "shifts"]
