/* convene-test-run.h: running convene (or a tool) the way a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *out;
  char *err;
  int status; /* the exit status, or -1 when killed by a signal */
} ConveneRun;

void convene_run_clear (ConveneRun          *run);
void convene_run_argv  (ConveneRun          *run,
                        const char          *cwd,
                        const char * const  *env,
                        const char * const  *argv);
void convene_run_convene_valist (ConveneRun         *run,
                                 const char         *cwd,
                                 const char * const *env,
                                 const char         *first_arg,
                                 va_list             args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ConveneRun, convene_run_clear)

G_END_DECLS
