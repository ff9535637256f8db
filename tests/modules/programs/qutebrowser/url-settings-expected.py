config.load_autoconfig(False)
c.colors.hints.bg = "#000000"
c.colors.hints.fg = "#ffffff"
c.colors.tabs.bar.bg = "#000000"
c.colors.webpage.darkmode.enabled = True
# Extra qutebrowser configuration.

config.set("colors.webpage.darkmode.enabled", False, "web.whatsapp.com")
config.set("content.autoplay", True, "zoom.us")
config.set("content.media.audio_capture", True, "zoom.us")
config.set("content.media.video_capture", True, "zoom.us")