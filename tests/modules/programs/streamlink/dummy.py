"""
$description A plugin that matches nothing, for the tests.
"""

from streamlink.plugin import Plugin


class Nothing(Plugin):
    pass


__plugin__ = Nothing
