/* convene-test-run.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/wait.h>

#include "convene-test-run.h"

void
convene_run_clear (ConveneRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs argv (the program first; looked up in PATH) in cwd (NULL: here) with
 * no display, and env as NAME, VALUE pairs on top of the test's own
 * environment (a NULL VALUE unsets NAME). */
void
convene_run_argv (ConveneRun         *run,
                  const char         *cwd,
                  const char * const *env,
                  const char * const *argv)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    envp = env[i + 1] != NULL ? g_environ_setenv (envp, env[i], env[i + 1], TRUE)
                              : g_environ_unsetenv (envp, env[i]);

  g_spawn_sync (cwd, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* Runs the convene under test (CONVENE_BINARY) with the arguments up to a
 * NULL, in cwd (NULL: here), with env as convene_run_argv() takes it. */
void
convene_run_convene_valist (ConveneRun         *run,
                            const char         *cwd,
                            const char * const *env,
                            const char         *first_arg,
                            va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) g_getenv ("CONVENE_BINARY"));
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  convene_run_argv (run, cwd, env, (const char * const *) argv->pdata);
}
