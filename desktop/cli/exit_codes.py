"""What the command line's exit status means, for scripts; `--help` lists them."""

from __future__ import annotations

import signal

EXIT_OK = 0
# The command ran and printed its result, but its work did not succeed: a preparation
# failed or was stopped, a send ended paused, stopped or failed, a proof missed an address,
# a pre-flight check found an error, the database stayed locked by another process, an
# object was saved by someone else since it was read.
EXIT_FAILED = 1
# Nothing was done: a missing right, bad input, an action the delivery's status refuses.
EXIT_REFUSED = 2
# Ended by a signal; what was done is kept (a send carries on with the next `delivery send`).
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports Ctrl-C


def interrupted_by(signum: int) -> int:
    """The shell's convention: 128 + the signal's number (130 Ctrl-C, 143 SIGTERM)."""
    return 128 + signum


EPILOG = """\
exit status:
  0    done
  1    the work ended without success: a preparation failed or was stopped, a send
       ended paused, stopped or failed, a proof did not reach every address, a
       pre-flight check (`delivery check`) found an error, the database stayed locked
       by another process for longer than CAMPAIGN_CONSOLE_BUSY_WAIT seconds (60 by
       default; a command waits that long, then says so and changes nothing), an
       object was changed by someone else since it was read (nothing changed)
  2    refused or bad input, nothing done: a missing right, a wrong value, an action
       the delivery's status does not allow
  130  interrupted by Ctrl-C (143: by SIGTERM); what was done is kept
       (`tracking serve`, `scheduler` and `worker` run until Ctrl-C, which ends them with 0)
"""
