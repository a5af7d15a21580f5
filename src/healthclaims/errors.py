"""The one exception the toolkit raises for bad input."""


class InputError(ValueError):
    """Bad input, described in one line a learner can act on."""
