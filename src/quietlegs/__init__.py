"""Quiet Legs: a private desktop journal for sleep and leg symptoms."""

__version__ = "0.1.0"
APP_NAME = "Quiet Legs"
APP_ID = "quietlegs"
DESKTOP_ID = "org.quietlegs.QuietLegs"  # the .desktop file and AppStream id (packaging/linux/)
