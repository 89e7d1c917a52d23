"""Domain errors: the CLI turns each into one line on stderr and exit 2."""


class OutreachLintError(Exception):
    """Base class for errors that are the user's input, not our bug."""


class ConfigError(OutreachLintError):
    pass


class RuleError(OutreachLintError):
    pass


class InputError(OutreachLintError):
    pass
