/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "convene-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ConveneApplication) app = NULL;
  const char *localedir = g_getenv ("CONVENE_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* the build tree's translations, for tests and uninstalled runs */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = convene_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
