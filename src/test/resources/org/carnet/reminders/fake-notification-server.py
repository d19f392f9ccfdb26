#!/usr/bin/python3
"""A stand-in for a desktop's notification server, for DesktopNotifierDbusTest: it owns
org.freedesktop.Notifications on the bus it is given, answers Notify with an id, writes each call to a file and
then, as told by its second argument, emits ActionInvoked(id, "default") (a click), NotificationClosed(id, 1)
(expired), or nothing. Usage: fake-notification-server.py CALLS_FILE click|close|silent"""
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, calls, mode):
        super().__init__(bus, PATH)
        self.calls = calls
        self.mode = mode
        self.next_id = 41

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.next_id += 1
        nid = self.next_id
        with open(self.calls, "a", encoding="utf-8") as out:
            out.write("%d|%s|%s|%s|%s|%d\n" % (nid, app, summary, body, ",".join(actions), timeout))
        if self.mode == "click":
            GLib.timeout_add(300, self.click, nid)
        elif self.mode == "close":
            GLib.timeout_add(300, self.close, nid)
        return dbus.UInt32(nid)

    @dbus.service.method(NAME, out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, nid, key):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    def click(self, nid):
        self.ActionInvoked(dbus.UInt32(nid), "default")
        GLib.timeout_add(100, self.close_clicked, nid)
        return False

    def close_clicked(self, nid):
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(2))
        return False

    def close(self, nid):
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(1))
        return False


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus)
    Server(bus, sys.argv[1], sys.argv[2])
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
