# a stand-in plugin
