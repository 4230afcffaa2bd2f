/* convene-command-line.h: what Convene does without a window
 *
 * Each command prints to stdout and stderr and returns an exit status; none
 * needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int convene_command_check (const char *path);

G_END_DECLS
