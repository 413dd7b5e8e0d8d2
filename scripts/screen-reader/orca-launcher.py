#!/usr/bin/python3
"""Starts the system's own Orca with no speech engine, writing every utterance to a file.

Usage: orca-launcher.py SPEECH_LOG PREFS_DIR [DEBUG_LOG]

Orca's speech module logs each utterance ("SPEECH OUTPUT: '...'") to its "speech" logger
whether or not a speech engine is running. We replace the engine's start-up with a no-op (a
speech engine stalls "say all" waiting for audio callbacks and loses keys on a headless
machine) and append that logger's lines to SPEECH_LOG, flushed line by line, so the driver can
read them as they come. Nothing of Orca is copied: this imports the installed package.
"""
import logging
import signal
import sys
import time

speech_log, prefs_dir = sys.argv[1], sys.argv[2]
debug_log = sys.argv[3] if len(sys.argv) > 3 else None
sys.argv = [sys.argv[0]]

from orca import debug, speech  # noqa: E402

if debug_log:
    debug.debugLevel = debug.LEVEL_INFO
    debug.eventDebugLevel = debug.LEVEL_OFF
    debug.debugFile = open(debug_log, 'w', buffering=1)

# No speech engine: utterances are still logged by orca.speech before they would reach one.
speech.init = lambda: None


class LineHandler(logging.Handler):
    """Appends each record as one line and flushes it at once."""

    def __init__(self, path):
        super().__init__(logging.INFO)
        self.stream = open(path, 'a', buffering=1, encoding='utf-8')

    def emit(self, record):
        # One utterance is one line: a newline inside it would break the transcript's cut.
        text = record.getMessage().replace('\r', ' ').replace('\n', ' ')
        self.stream.write(text + '\n')
        self.stream.flush()


handler = LineHandler(speech_log)
logging.getLogger('speech').addHandler(handler)

from orca import event_manager, orca  # noqa: E402
from gi.repository import GLib  # noqa: E402

# "Is Orca done?" On SIGUSR1, once Orca's main loop is free (so after the event it is handling),
# append "#idle <ms since Orca last received or finished handling an event or key> <events
# queued>" to the speech log. The driver asks after each key until Orca has been idle long enough.
activity = {'at': time.monotonic()}


def touched(method):
    def wrapper(*args, **kwargs):
        activity['at'] = time.monotonic()
        try:
            return method(*args, **kwargs)
        finally:
            activity['at'] = time.monotonic()
    return wrapper


Manager = event_manager.EventManager
Manager._addToQueue = touched(Manager._addToQueue)
Manager._dequeue = touched(Manager._dequeue)
Manager._processKeyboardEvent = touched(Manager._processKeyboardEvent)


def report_idle():
    queued = event_manager.getManager()._eventQueue.qsize()
    idle_ms = int((time.monotonic() - activity['at']) * 1000)
    handler.stream.write('#idle %d %d\n' % (idle_ms, queued))
    handler.stream.flush()
    return GLib.SOURCE_CONTINUE


GLib.unix_signal_add(GLib.PRIORITY_LOW, signal.SIGUSR1, report_idle)

manager = orca.getSettingsManager()
manager.activate(prefs_dir, {
    # The test starts "say all" itself where a flow asks for it.
    'sayAllOnLoad': False,
    # No braille display, no sound card.
    'enableBraille': False,
    'enableSound': False,
})
sys.path.insert(0, manager.getPrefsDir())
sys.exit(orca.main())
